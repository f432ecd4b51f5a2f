""" "The union said" after "the Voice union", "The firm said" after "bus firm Metroline": an
English anaphor of a body takes up the body written with its noun, before or right after the
name, rather than the latest body met. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_label


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Members of the Voice union at Oakham Council are on strike. The union said pay "
            "offers were too low.",
            "Voice",
        ),
        (
            "Bus firm Metroline met the Voice union on Monday. The firm said the offer was fair.",
            "Metroline",
        ),
    ],
)
def test_the_body_written_with_the_noun_is_taken_up(text: str, speaker: str) -> None:
    assert speaker_label(text, "en") == [(speaker, "named")]


def test_with_no_body_written_with_the_noun_the_latest_body_stays() -> None:
    """Counter-case: nothing is written as a union, so the older reading holds (a name
    showing no kind of its own: english26 keeps "the union" off "Oakham Council")."""
    text = "Northgate Buses cut jobs on Monday. The union said the cuts were unfair."
    assert speaker_label(text, "en") == [("Northgate Buses", "named")]
