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


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The idea is dead – which nobody doubts – said Paul Smith.",
            "The idea is dead – which nobody doubts",
            "Paul Smith",
        ),
        (
            "The plan was dropped — who can blame them — said Jane Roe, the mayor.",
            "The plan was dropped — who can blame them",
            "Jane Roe",
        ),
    ],
)
def test_a_relative_after_a_clause_leaves_the_cue_inverted(
    text: str, content: str, speaker: str
) -> None:
    """review32: before the first dash stands a clause with its own verb, not a noun phrase,
    so the relative is no description of the subject; the name after the verb speaks."""
    assert said(text) == [(content, speaker)]
