"""A person named after a role owned by a body (made-up sentences, apposed37): "according to
Marsh District Council's head of housing, Ann Cole, …" is Ann Cole's word, not the
council's; a role with no name after it stays with the body that owns it."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str]]:
    analysis = analyze(text, "en")
    return [(text[a.content[0] : a.content[1]], a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "According to Marsh District Council's head of housing, Ann Cole, it was ready.",
            "it was ready",
        ),
        (
            '"Turnout will be high," according to Marsh Labour\'s director of elections, Ann Cole.',
            "Turnout will be high,",
        ),
    ],
)
def test_the_named_person_speaks(text: str, content: str) -> None:
    assert _found(text) == [(content, "Ann Cole")]


def test_a_role_without_a_name_stays_with_its_body() -> None:
    text = "According to Marsh District Council's head of housing, the homes were needed."
    assert _found(text) == [("the homes were needed", "Marsh District Council")]
