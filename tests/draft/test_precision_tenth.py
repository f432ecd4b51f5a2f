"""Findings no annotator keys, cut by kind (precision10): made-up sentences, never the
corpus's, each kind in several forms and with the counter-cases that must still be found."""

from __future__ import annotations

import pytest

from tests.draft.readings import said


# ----- a title's dot inside an inserted cue: « …, rappelle M. Durand. Sans … » -----
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "« Les jeunes vont très mal, rappelle M. Durand. Sans infirmière, les CPE sont "
            "seuls. Mais ils ne sont pas formés. »",
            "M. Durand",
        ),
        (
            "« Les cours reprendront lundi, a précisé Mme. Roux. Rien ne change pour les élèves. »",
            "Mme. Roux",
        ),
        (
            "« Nous avons tout essayé, explique le Dr. Martin, chef de service. Il faut plus de "
            "moyens. »",
            "le Dr. Martin",
        ),
    ],
)
def test_a_title_dot_ends_no_inserted_subject(text: str, source: str) -> None:
    """The quotation goes on after the inserted cue: one attribution over both halves."""
    [(content, found_source)] = said(text, "fr")
    assert found_source == source
    assert content.endswith(("formés.", "élèves.", "moyens."))


def test_an_inserted_cue_ending_on_a_plain_word_still_cuts_there() -> None:
    text = "« Nous avons tout essayé, explique le maire. Il faut plus de moyens. »"
    [(content, source)] = said(text, "fr")
    assert source == "le maire"
    assert content.endswith("moyens.")
