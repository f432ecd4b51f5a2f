"""What « selon X, » opening a sentence inside a quotation cites (mend49b, review49 finding 3;
made-up sentences). A question to the listener (« Selon vous, … ? ») and a criterion (« Selon
les années, … ») cite no one; a person after a first person possessive (« Selon notre
avocat, … ») is a third party, cited as the speaker's own view (« Selon mes prévisions ») is
not."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _according(text: str) -> list[tuple[str, str]]:
    return [
        (a.speaker, text[a.content[0] : a.content[1]])
        for a in analyze(text, "fr").attributions
        if a.kind == "according_to"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "« Selon vous, qui doit payer la facture ? Nous attendons une réponse », a demandé"
        " Paul Roy au ministre.",
        "« Selon toi, est-ce que ça vaut le coup ? », interroge Marie Dupont.",
        "« Selon lui, faut-il vraiment fermer cette école du village ? », demande Marie Dupont.",
        "« Selon les années, la récolte varie beaucoup. C'est la nature », explique Jean Morel.",
        "« Selon les endroits, le loyer double en dix ans. C'est énorme », explique Jean Morel.",
    ],
)
def test_a_question_or_a_criterion_cites_no_one(text: str) -> None:
    assert _according(text) == [], _according(text)


def test_a_person_after_a_first_person_possessive_is_cited() -> None:
    text = "« Selon notre avocat, le dossier est solide », affirme Paul Roy."
    assert _according(text) == [("notre avocat", "le dossier est solide")], _according(text)


@pytest.mark.parametrize(
    "text",
    [
        "« Selon mes prévisions, la récolte sera bonne cette année », affirme Paul Roy.",
        "« D'après ce qu'on nous dit, la récolte sera bonne cette année », affirme Paul Roy.",
    ],
)
def test_the_speakers_own_knowledge_stays_theirs(text: str) -> None:
    assert _according(text) == [], _according(text)
