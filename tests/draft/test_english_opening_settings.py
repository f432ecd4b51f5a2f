"""A phrase of setting opening an English sentence before its subject and verb (made-up
sentences): "Despite the rain, Smith said the plan failed", "Within the industry, the owner
said opinions are mixed". The setting says where, when or how something was said, never what
(lexicon setting_openers, clause_not_openers): what was said is the verb's object, or the
clause after an inserted cue. A clause before a final cue is still what was said."""

from __future__ import annotations

import pytest

from tests.draft.readings import said

CLAIM = "the ferry service will end in March"


@pytest.mark.parametrize(
    "setting",
    [
        "Despite the rain",
        "Within the industry",
        "Even within the industry",
        "Amid the chaos",
        "Throughout the year",
        "Among farmers",
        "Without a deal",
    ],
)
@pytest.mark.parametrize(
    ("subject", "verb"),
    [("Mark Odell", "said"), ("the harbour master", "has warned"), ("they", "told reporters")],
)
@pytest.mark.parametrize("claim", ["opinions are mixed", "the plan failed", CLAIM])
def test_the_object_after_the_verb_is_what_was_said(
    setting: str, subject: str, verb: str, claim: str
) -> None:
    found = said(f"{setting}, {subject} {verb} {claim}.")
    assert [content for content, _ in found] == [claim]


@pytest.mark.parametrize("setting", ["Despite the cuts", "Within days", "Amid the chaos"])
def test_the_clause_after_an_inserted_cue_is_what_was_said(setting: str) -> None:
    found = said(f"{setting}, the union said, {CLAIM}.")
    assert [content for content, _ in found] == [CLAIM]


def test_a_clause_before_a_final_cue_is_kept() -> None:
    """Counter-case: a clause with its own verb before the final cue is what was said."""
    found = said(f"Despite the rain, {CLAIM}, Mark Odell said.")
    assert [content for content, _ in found] == [f"Despite the rain, {CLAIM}"]


def test_a_preposition_inside_the_object_is_left_alone() -> None:
    """Counter-case: "despite" after the verb opens no setting before a subject."""
    found = said("She said despite the estimates the mine would create 1,000 jobs.")
    assert [content for content, _ in found] == [
        "despite the estimates the mine would create 1,000 jobs"
    ]
