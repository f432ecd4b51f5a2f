""" "…, as patients said they felt ripped off": a verb after "as" that has a clause of its own
reports that clause, not the sentence before it ("…, as the minister said." still does).
Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import said


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Councils made £40m from parking, as drivers said they felt cheated.",
            "they felt cheated",
            "drivers",
        ),
        (
            "The bridge will close in May, as engineers warned it was no longer safe.",
            "it was no longer safe",
            "engineers",
        ),
    ],
)
def test_the_verb_after_as_reports_its_own_clause(text: str, content: str, source: str) -> None:
    assert said(text, "en") == [(content, source)]


def test_a_comment_clause_reports_the_sentence_before() -> None:
    """Counter-case: nothing follows the verb, so the as-clause comments on the sentence."""
    text = "Councils made £40m from parking, as drivers said."
    assert said(text, "en") == [("Councils made £40m from parking", "drivers")]
