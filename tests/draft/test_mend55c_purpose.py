"""mend55c: the edges of english55's purposes done to speak and impersonal fears. A purpose
whose act has a subject that negates it, whose "to" belongs to a relative's verb, or whose
"say" takes a noun phrase, reports nothing; the object of a purpose in a subject relative ends
before the main clause's verb; "No concerns / fears were raised…" is nobody's voice. Made-up
sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import finding_holding, said, said_exactly


@pytest.mark.parametrize(
    "text",
    [
        "Nobody took to social media to complain that the car park was shut.",
        "Residents attended the meeting, which was called to voice concerns about the plan.",
        "Crowds gathered at the cenotaph to say a prayer for the fallen.",
        "No fears were raised over the closure of the bank.",
        "No concerns have been raised about the closure of the bank.",
    ],
)
def test_nothing_is_said(text: str) -> None:
    assert said(text + "\n", "en") == []


def test_a_relative_purpose_ends_before_the_main_verb() -> None:
    text = (
        "Parents who attended the meeting to voice their anger at the timetable were turned away."
    )
    assert said_exactly(text + "\n", "their anger at the timetable", "en") == "Parents"


def test_say_with_a_clause_still_reports() -> None:
    """Guard: "to say" + a clause is still the act's subject's words."""
    found = finding_holding(
        "Police attended the scene to say the road was closed.\n", "the road was closed", "en"
    )
    assert found.speaker == "Police", found.speaker
