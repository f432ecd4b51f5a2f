"""A title in quotation marks is nobody's words (made-up sentences): after a sentence about a
person, "She has read “The Houses We Lost to the Sea”, a novel." gives the title to no one,
while a quotation standing alone in its sentence still goes to that person."""

from __future__ import annotations

import pytest

from tests.draft.readings import speakers

BEFORE = "Ana Lopes runs the ferry company."


@pytest.mark.parametrize(
    "sentence",
    [
        "She has read “The Houses We Lost to the Sea”, a novel.",
        "Her favourite film remains “A Ferry Across Troubled Waters” from 1962.",
    ],
)
def test_a_quoted_title_is_said_by_no_one(sentence: str) -> None:
    assert speakers(f"{BEFORE} {sentence}", "en") == []


def test_a_quotation_standing_alone_is_still_the_persons() -> None:
    text = f"{BEFORE} “We have nothing left to offer the islanders this winter.”"
    assert speakers(text, "en") == ["Ana Lopes"]
