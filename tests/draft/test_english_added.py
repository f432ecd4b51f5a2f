"""English second statements of one speaker (made-up sentences): "X said A, adding (that) B",
"X said A and added B", "X said A but added / stressed / insisted B" are two statements of X,
split where the second verb begins ("but" is a join as "and" is); "…, adding it expected…"
is the speaker's second statement, not a cue closing the first ("adding it" is no subject)."""

from __future__ import annotations

import pytest

from tests.draft.readings import said


@pytest.mark.parametrize(
    ("sentence", "first", "second", "source"),
    [
        (
            "The mayor said the bridge would close next week, adding that repairs would take "
            "a month.",
            "the bridge would close next week",
            "repairs would take a month",
            "The mayor",
        ),
        (
            "Officials said the bridge would close next week but added that the ferry would run.",
            "the bridge would close next week",
            "the ferry would run",
            "Officials",
        ),
        (
            "Police said the driver was hurt but stressed that his injuries were minor.",
            "the driver was hurt",
            "his injuries were minor",
            "Police",
        ),
        (
            "The company has said sales were weak, but insisted it would meet its targets.",
            "sales were weak",
            "it would meet its targets",
            "The company",
        ),
        (
            "The company said it would cut 200 jobs, adding it expected to hire again next year.",
            "it would cut 200 jobs",
            "it expected to hire again next year",
            "The company",
        ),
    ],
)
def test_two_statements_of_one_speaker(sentence: str, first: str, second: str, source: str) -> None:
    assert said(sentence) == [(first, source), (second, source)]


def test_but_inside_one_statement_stays_in_it() -> None:
    """Counter-case: "but" with no verb of saying after it joins nothing."""
    found = said("The mayor said the plan was costly but necessary for the town.")
    assert found == [("the plan was costly but necessary for the town", "The mayor")]
