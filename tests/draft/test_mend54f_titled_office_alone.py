"""An office written in capitals, alone between commas after a name (made-up sentences,
mend54f): "Ria Dale, Housing Officer, said" is Ria Dale's words, as "Ria Dale, Housing
Officer with Tanfield Homes, said" already was (english54); the office alone was the
speaker. A second name between the commas still does not make it an office."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "en").attributions]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ria Dale, Housing Officer, said: “We cleared the yards.”", "Ria Dale"),
        ("Ned Voss, Senior Estates Officer, said: “The flats will reopen in May.”", "Ned Voss"),
    ],
)
def test_the_name_speaks_with_its_office(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_the_office_with_its_link_still_speaks_as_the_name() -> None:
    text = "Ria Dale, Housing Officer at Tanfield Homes, said: “We cleared the yards.”"
    assert _speakers(text) == ["Ria Dale"]
