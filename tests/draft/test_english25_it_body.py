""" "It" takes up a body whose name the reader took for a person's ("National Express",
"Network Rail": two capitalised words, no first name nor title) when it spoke last, in this
sentence or the two before: "it" is never a person. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Unite said the strike would go on. Metro Express said it was sorry. It added "
            "that talks would resume.",
            "Metro Express",
        ),
        (
            "The RMT said the walkout would go ahead. Northern Rail said services would be cut. "
            "It added that buses would replace some trains.",
            "Northern Rail",
        ),
    ],
)
def test_it_takes_up_a_body_read_as_a_name(text: str, speaker: str) -> None:
    assert speakers(text, "en")[-1] == speaker


def test_it_never_takes_up_a_person_with_a_first_name() -> None:
    """Counter-case: "John Smith" is someone, so "it" goes back to the union."""
    text = (
        "Unite said the strike would go on. John Smith said he was sorry. It added that talks "
        "would resume."
    )
    assert speakers(text, "en")[-1] == "Unite"
