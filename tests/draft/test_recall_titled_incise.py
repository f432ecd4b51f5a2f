"""A reporting clause inserted in a quotation whose subject is a title and a surname
(« …, rappelle M. Labaille. Sans psychologue… »): the title's full stop ends no sentence, the
quotation goes on after the clause and is one attribution (recall10)."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def found(text: str) -> list[tuple[str, str]]:
    """(content, speaker) of every attribution of a French text."""
    analysis = analyze(text, "fr")
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "« Post Covid, des jeunes vont très mal, rappelle M. Labaille. Sans psychologue, "
            "les CPE voient arriver des élèves en détresse. »",
            "M. Labaille",
        ),
        (
            "« Nous avons perdu trois médecins, a expliqué Mme Roux. Personne ne les remplace "
            "et les patients attendent. »",
            "Mme Roux",
        ),
        (
            "« Le service est saturé depuis des mois, souligne le Dr. Martin. Les urgences "
            "ferment la nuit. »",
            "Dr. Martin",
        ),
    ],
)
def test_a_quotation_goes_on_after_a_clause_whose_subject_is_a_title(
    text: str, speaker: str
) -> None:
    analysis = analyze(text, "fr")
    assert found(text) == [(text[2:-2], speaker)]
    assert analysis.attributions[0].kind == "direct"


def test_a_title_closing_the_quotation_ends_it() -> None:
    text = "« Le chantier avance bien et vite, précise M. Morel. »"
    assert found(text) == [("Le chantier avance bien et vite", "M. Morel")]


def test_a_plain_name_still_ends_the_clause_at_its_full_stop() -> None:
    text = "« Je pars demain matin, dit Paul Morel. Rien ne change pour nous. »"
    assert found(text) == [(text[2:-2], "Paul Morel")]
