"""An office written in capitals after a name (made-up sentences, english54): in "Ria Dale,
Housing Officer with Tanfield Homes, said" the name speaks with its office; the office alone
was taken for the speaker. "Blackburn with Darwen" stays a place in a possessive office."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "en").attributions]


@pytest.mark.parametrize(
    "text",
    [
        "Ria Dale, Housing Officer with Tanfield Homes, said: “We cleared the yards.”",
        "Ria Dale, Estates Officer at Tanfield Homes, said: “We cleared the yards.”",
    ],
)
def test_the_name_speaks_with_its_office(text: str) -> None:
    assert _speakers(text) == ["Ria Dale"]


def test_a_place_with_with_in_its_name_still_owns_the_office() -> None:
    text = (
        "Chris Allen, Blackburn with Darwen’s Council head of public protection, said: "
        "“We made repeated attempts.”"
    )
    assert _speakers(text) == ["Chris Allen"]
