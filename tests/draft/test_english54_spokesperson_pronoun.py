"""A pronoun after a body's spokesperson (made-up sentences, english54): "A Marsh Council
spokesman said … . He said: “…”" goes on with the spokesman, recorded as the body he speaks
for, not with a person named earlier; a pronoun whose gender the spokesperson's noun rules
out still goes back to that person."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "en").attributions]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Tom Reed said the road should stay open. A Marsh Council spokesman said the plans "
            "were checked. He said: “Every closure is approved by the police.”",
            ["Tom Reed", "Marsh Council", "Marsh Council"],
        ),
        (
            "Ann Reed said the road should stay open. A spokeswoman for Marsh Council confirmed "
            "they knew of it. “We are aware of the problem,” she said.",
            ["Ann Reed", "Marsh Council", "Marsh Council"],
        ),
    ],
)
def test_the_spokesperson_goes_on(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers


def test_a_pronoun_of_the_other_gender_is_not_the_spokesperson() -> None:
    text = (
        "Tom Reed said the road should stay open. A spokeswoman for Marsh Council confirmed "
        "they knew of it. “We were never told,” he said."
    )
    assert _speakers(text) == ["Tom Reed", "Marsh Council", "Tom Reed"]
