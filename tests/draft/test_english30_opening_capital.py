"""english30: an English speaker whose only capital is its first word is common words cut out
of the sentence it opens ("Record low harvests of cod", "Examining the budget cuts"), no name:
it cannot speak. One word alone may be a name ("Unite"), a group's word opens a group ("Many
of those displaced"), a name with capitals further on stays ("Trade union UNISON"), and
French is read as before."""

from __future__ import annotations

import pytest

from quizapp.draft.speakers.speaker_checks.can_speak import can_speak
from quizapp.draft.words.lexicon import load


@pytest.mark.parametrize(
    ("phrase", "language", "speaks"),
    [
        ("Record low harvests of cod", "en", False),
        ("Examining the budget cuts and curbs", "en", False),
        ("Unite", "en", True),
        ("Passions", "en", True),  # one word: a name for all the check can tell
        ("Many of those displaced by the storm", "en", True),
        ("Trade union UNISON", "en", True),
        ("Village residents", "en", True),  # a noun of people
        ("Two think tanks", "en", True),  # a count
        ("Paul Girard", "fr", True),
        ("Les habitants du quartier", "fr", True),
    ],
)
def test_an_opening_capital_alone_is_no_name(phrase: str, language: str, speaks: bool) -> None:
    assert can_speak(phrase, load(language)) is speaks
