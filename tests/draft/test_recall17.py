"""recall17: French constructions the sixteenth round's unseen articles (blind16a, blind16b and
blind16d, now heldout) missed, each written out in made-up sentences over word orders and
source kinds, with the counter-cases that must stay as they were."""

from __future__ import annotations

import pytest

from tests.draft.readings import said


# ----- « selon X (A, B, C) »: a list in brackets is part of the source -----
@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "La grève a été bien suivie, selon le front commun syndical (CSC-Enseignement, "
            "CGSP-Enseignement, SLFP-Enseignement).",
            "La grève a été bien suivie",
            "le front commun syndical (CSC-Enseignement, CGSP-Enseignement, SLFP-Enseignement)",
        ),
        (
            "Selon les trois syndicats (CGT, FO, Sud), la grève a été très suivie dans les gares.",
            "la grève a été très suivie dans les gares",
            "les trois syndicats (CGT, FO, Sud)",
        ),
        (
            "Le tunnel restera fermé jusqu'à lundi, d'après les exploitants (ATMB, SFTRF).",
            "Le tunnel restera fermé jusqu'à lundi",
            "les exploitants (ATMB, SFTRF)",
        ),
    ],
)
def test_a_list_in_brackets_after_the_source_is_part_of_it(
    text: str, content: str, source: str
) -> None:
    assert said(text, "fr") == [(content, source)]


def test_a_comma_after_the_brackets_still_ends_the_source() -> None:
    """Counter-case: the source ends at the first comma outside the brackets."""
    text = "Selon la préfecture (Isère), trois routes sont coupées ce matin par la neige."
    assert said(text, "fr") == [
        ("trois routes sont coupées ce matin par la neige", "la préfecture (Isère)")
    ]
