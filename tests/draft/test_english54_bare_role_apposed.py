"""A role written with no article before the name it sets off by a comma (made-up sentences,
english54): "said Kendal resident, David King" and "according to veteran councillor, Phil
Pritchard" are the named person's words, not an unnamed resident's or councillor's. A role
with no name after it, and a French role with no article, stay as they were."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str, language: str = "en") -> list[tuple[str, str]]:
    analysis = analyze(text, language)
    return [(text[a.content[0] : a.content[1]], a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "“The road is too busy,” said Millbrook resident, Dan Hale.",
            "The road is too busy,",
            "Dan Hale",
        ),
        (
            "“We were never asked,” said local trader, Ruth Oakes, who runs the bakery.",
            "We were never asked,",
            "Ruth Oakes",
        ),
        (
            "The bins were left for a week, according to veteran councillor, Amos Pike.",
            "The bins were left for a week",
            "Amos Pike",
        ),
    ],
)
def test_the_named_person_speaks(text: str, content: str, speaker: str) -> None:
    assert _found(text) == [(content, speaker)]


def test_a_bare_role_with_no_name_stays_a_role() -> None:
    text = "“The road is too busy,” said one Millbrook resident."
    assert [speaker for _, speaker in _found(text)] == ["one Millbrook resident"]
