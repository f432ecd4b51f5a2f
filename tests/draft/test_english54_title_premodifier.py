"""Capitals right before a lower-case role and a name (made-up sentences, english54): in
"Harbour Tiles owner Nina Wray visited the site" or "Labour Eastfield councillor Omar Bell
asked…", the capitals are the business, party or ward the role belongs to, and the person
named after the role is the subject a later "she" or "he" takes up."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "en").attributions]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Harbour Tiles owner Nina Wray walked the site on Monday. She said: “It is a mess.”",
            "Nina Wray",
        ),
        (
            "Labour Eastfield councillor Omar Bell asked about the budget. "
            "He said: “We need answers.”",
            "Omar Bell",
        ),
    ],
)
def test_the_person_after_the_role_is_taken_up(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_name_with_no_role_after_it_is_still_the_subject() -> None:
    text = "Nina Wray walked the site on Monday. She said: “It is a mess.”"
    assert _speakers(text) == ["Nina Wray"]
