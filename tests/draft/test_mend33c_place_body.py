"""mend33c, after round 33's review (made-up articles): a word capitalised because it opens
the sentence ("Local council said") is no place's name before a body word: the phrase stays
a description, anonymous."""

from __future__ import annotations

import pytest

from tests.draft.readings import finding_holding


def _speaker_label(text: str, words: str) -> tuple[str, str]:
    found = finding_holding(text, words, "en")
    return found.speaker, found.label


@pytest.mark.parametrize("opening", ["Local council", "Rival union", "Neighbouring council"])
def test_an_opening_capital_is_no_place(opening: str) -> None:
    text = f"Road closed\n\nThe road will close for a month. {opening} said it was not asked.\n"
    assert _speaker_label(text, "not asked") == (opening, "anonymous")
