""" "Speaking at the meeting, planning committee member Cllr Tom Hale said:": an activity noun
in -ing set before another noun ("planning", "housing", "licensing") opens a noun phrase, the
subject, not a participle clause to step over. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_label


@pytest.mark.parametrize(
    "subject",
    [
        "planning committee member Cllr Tom Hale",
        "housing spokesman Tom Hale",
        "licensing panel chairman Tom Hale",
    ],
)
def test_an_activity_noun_opens_the_subject(subject: str) -> None:
    text = f'The row went on. Speaking at the meeting, {subject} said: "This is wrong."'
    assert [label for _, label in speaker_label(text, "en")] == ["named"]
    assert speaker_label(text, "en")[0][0].endswith("Tom Hale")


def test_a_participle_before_a_function_word_is_still_stepped_over() -> None:
    """Counter-case: "planning to stand again" is a participle clause; the name before it
    speaks."""
    text = "The row went on. Tom Hale, planning to stand again, said the plan was wrong."
    assert speaker_label(text, "en") == [("Tom Hale", "named")]
