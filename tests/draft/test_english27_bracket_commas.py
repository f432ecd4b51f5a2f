""" "Cllr Roe (Ind, Northfield) said": a comma or a colon inside a bracket after a name does
not cut the subject; the whole bracket is an aside and the name before it speaks, not the
bracket's last piece. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_label


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Cllr Roe (Ind, Northfield) said the plan was late.", "Cllr Roe"),
        (
            "Cllr Jo Roe (Conservative, Northfield & Eastway) told us: “The plan is late.”",
            "Cllr Jo Roe",
        ),
        ("Cllr Pat Lane (Lab, Westbury) warned that the hall would close.", "Cllr Pat Lane"),
        ("Acme (ticker: ACM) expects the deal to close in spring.", "Acme"),
    ],
)
def test_the_name_before_a_bracket_with_a_comma_speaks(text: str, speaker: str) -> None:
    assert speaker_label(text, "en") == [(speaker, "named")]


def test_a_bracket_without_a_comma_stays_as_it_was() -> None:
    """Counter-case: a bracket with one word was already stepped over."""
    assert speaker_label("Cllr Roe (Ind) said the plan was late.", "en") == [("Cllr Roe", "named")]


def test_a_comma_after_a_closed_bracket_still_cuts_the_clause() -> None:
    """Counter-case: the bracket is closed before the comma, so the clause after it keeps
    its own subject."""
    text = "The hall (built in 1902) will shut, the council said."
    assert speaker_label(text, "en") == [("the council", "named")]
