"""A count of people opened by a word that rounds its figure ("About 40 residents said…"):
"about" and "around" otherwise open a setting, and the speaker had been what the cue's clause
began with ("the plan"). Made-up sentences in several forms, with counter-cases (review15)."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_label

_NEXT = "The council will meet on Monday."


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("About 40 residents said the plan was unfair.", "About 40 residents"),
        ("About 300 nurses say the ward is understaffed.", "About 300 nurses"),
        ("Around 25 teachers have said the plan was unfair.", "Around 25 teachers"),
        ("About 40 residents told the council the plan was unfair.", "About 40 residents"),
    ],
)
def test_a_rounded_count_of_people_is_the_speaker(sentence: str, speaker: str) -> None:
    found = content_speaker_label(f"Strike\n\n{sentence} {_NEXT}", "en")
    assert [(s, label) for _, s, label in found] == [(speaker, "vague")]


@pytest.mark.parametrize(
    "sentence",
    [
        "About the plan, residents said it was unfair.",  # "about" opens a setting
        "Around the town hall, residents said the plan was unfair.",
    ],
)
def test_about_before_no_figure_still_opens_a_setting(sentence: str) -> None:
    found = content_speaker_label(f"Strike\n\n{sentence} {_NEXT}", "en")
    assert all(not s.startswith(("About", "Around")) for _, s, _ in found)
