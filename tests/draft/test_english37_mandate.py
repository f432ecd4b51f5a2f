"""english37: the review of round 36's mandate reading. A name inside what is demanded is no
title's holder, a demand under a condition or in a question states nothing, and a cue set
between commas before the verb leaves the verb its own subject. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_cue_label, speaker_label


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The warden recommended Ida Moss be moved to the night shift.", "The warden"),
        ("The warden said Ida Moss should move to the night shift.", "The warden"),
        ("Hall staff recommended that members be asked first.", "Hall staff"),
    ],
)
def test_name_in_the_demand_is_not_the_speaker(text: str, speaker: str) -> None:
    assert [s for s, _ in speaker_label(text, "en")] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "If the trust recommended the ward be closed, the nurses would strike.",
        "Unless the board recommends the pool be drained, it stays open all year.",
        "Warden recommended the ward be closed? Not quite.",
    ],
)
def test_unstated_demand_reports_nothing(text: str) -> None:
    assert content_cue_label(text) == []


def test_cue_between_commas_leaves_the_verb_its_subject() -> None:
    text = "The warden, Ida Moss said, recommended the ward be closed."
    assert speaker_label(text, "en") == [("The warden", "named")]
