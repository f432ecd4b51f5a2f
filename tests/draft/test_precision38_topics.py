"""A verb of accounting for something with a noun phrase for its object (made-up sentences,
precision38): « Le trésorier a justifié sa décision » names what is explained, not what was
said; a « que » clause, an infinitive, a quotation after a colon and a cause after « par » still
report."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str]]:
    analysis = analyze(text, "fr")
    return [(text[a.content[0] : a.content[1]], a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    "text",
    [
        "Le trésorier a justifié sa décision devant les adhérents.",
        "Le trésorier justifie ce choix devant le bureau.",
        "Le directeur a expliqué aux familles le nouveau calendrier des visites.",
        "La présidente a longuement expliqué les chantiers de l'année à venir.",
    ],
)
def test_a_noun_object_of_explaining_reports_nothing(text: str) -> None:
    assert _found(text) == []


def test_the_quotation_after_the_colon_is_what_was_said() -> None:
    text = "La gérante a voulu justifier sa démarche : « Nous n'avions plus le choix. »"
    assert _found(text) == [("Nous n'avions plus le choix.", "La gérante")]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Le trésorier a expliqué que la cotisation resterait stable.",
            "la cotisation resterait stable",
        ),
        (
            "La gérante explique avoir fermé plus tôt à cause du froid.",
            "avoir fermé plus tôt à cause du froid",
        ),
        (
            "Le trésorier explique la baisse des adhésions par la hausse des tarifs.",
            "la baisse des adhésions par la hausse des tarifs",
        ),
    ],
)
def test_a_clause_an_infinitive_or_a_cause_still_reports(text: str, said: str) -> None:
    assert [found for found, _ in _found(text)] == [said]
