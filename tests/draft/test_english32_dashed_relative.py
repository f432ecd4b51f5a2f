""" "Jane Roe – who leads Ashby County Council – insisted the plan saves money.": a relative
set off by spaced dashes right before the verb describes the subject before it; the words
after the verb are what is said, not an inverted subject. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import said


@pytest.mark.parametrize("dash", ["–", "—"])
def test_the_name_before_a_dashed_relative_speaks(dash: str) -> None:
    text = (
        f"The row went on. Jane Roe {dash} who leads Ashby County Council {dash} "
        "insisted the plan saves money."
    )
    assert [(content, source.strip(" –—")) for content, source in said(text)] == [
        ("the plan saves money", "Jane Roe")
    ]


def test_a_final_cue_after_a_dash_still_inverts() -> None:
    """Counter-case: with no relative before it, the dash and verb close what was said, and
    the noun phrase after the verb speaks."""
    text = "The row went on. The talks will resume in May — said a spokesman for the council."
    assert [source for _, source in said(text)] == ["a spokesman for the council"]
