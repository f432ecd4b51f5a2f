"""Two « selon » in one sentence, each closing its own part (« C1, selon le maire, et C2,
selon les associations »): the first one's claim is before it, the second one's between the
two (recall9c; the first gave the second part to the first source), without the « et »
that joins them (recall22: the blind22c key holds « et 2 500 selon la Préfecture » as
« 2 500 »). A « selon » that opens the claim after it with no second one keeps it."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def found(text: str) -> list[tuple[str, str]]:
    """(content, speaker) of every attribution of a French text."""
    analysis = analyze(text, "fr")
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Le projet est trop coûteux, selon le maire, et trop risqué, selon les associations.",
            ("Le projet est trop coûteux", "le maire"),
            ("trop risqué", "les associations"),
        ),
        (
            "La récolte sera maigre, selon les viticulteurs, mais les prix resteront stables, "
            "d'après la chambre d'agriculture.",
            ("La récolte sera maigre", "les viticulteurs"),
            ("mais les prix resteront stables", "la chambre d'agriculture"),
        ),
        (
            "Le chantier avait pris six mois de retard, selon Hélène Vasseur, et coûtera "
            "deux fois plus cher, selon la Cour des comptes.",
            ("Le chantier avait pris six mois de retard", "Hélène Vasseur"),
            ("coûtera deux fois plus cher", "la Cour des comptes"),
        ),
    ],
)
def test_each_closing_selon_reports_its_own_part(
    text: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    assert found(text) == [first, second]


def test_a_selon_followed_by_a_clause_with_no_second_selon_still_opens_it() -> None:
    text = "Selon le maire, le projet est trop coûteux et il sera abandonné."
    assert found(text) == [("le projet est trop coûteux et il sera abandonné", "le maire")]
