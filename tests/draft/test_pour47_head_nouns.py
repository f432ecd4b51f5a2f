"""« Pour DET N, … » opening a sentence, N right after the determiner a noun for people met by
their role, a staff or a collective (lexicon ``pour_head_noun_lists``: ``general_person_nouns``,
``staff_nouns``): the view after the comma is theirs, as « Pour le maire, … » is the mayor's
(pour47, made-up sentences). The noun must be the head: « Pour les petites communes, … » and
« Pour la plupart des communes, … » say whom a measure or a figure concerns."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str | None]]:
    analysis = analyze(text, "fr")
    return [(text[a.content[0] : a.content[1]], a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Le contrat est résilié. Pour les ambulanciers, la décision est une erreur.",
            "la décision est une erreur",
            "les ambulanciers",
        ),
        (
            "L'usine ferme en mars. Pour le personnel, une autre solution existe.",
            "une autre solution existe",
            "le personnel",
        ),
        (
            "Le marché a ouvert samedi. Pour les exposants, la première semaine a été décevante.",
            "la première semaine a été décevante",
            "les exposants",
        ),
        (
            "La grève continue. Pour l'intersyndicale, le gouvernement doit reculer.",
            "le gouvernement doit reculer",
            "l'intersyndicale",
        ),
    ],
)
def test_a_group_by_its_head_after_pour_holds_the_view(
    text: str, content: str, speaker: str
) -> None:
    assert (content, speaker) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Les taxes montent. Pour les petites communes, la hausse atteint 6 %.",
        "Les loyers montent. Pour la plupart des communes analysées, la hausse atteint 6 %.",
        "Pour les enfants, la piscine ouvre à 9 heures.",
    ],
)
def test_a_noun_not_heading_the_phrase_is_no_one(text: str) -> None:
    assert _found(text) == []
