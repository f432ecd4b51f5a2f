"""An English impersonal passive with "it" and a clause with "that" ("It was suspected that
40 passengers were left…", "It has been announced that…") is an impersonal voice whatever the
reporting verb, like the lexicon's "it is understood": found, with no speaker (english23's
reading of such voices). Made-up sentences."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str, str]]:
    found = analyze(text, "en")
    return [(found.passage(a.content), a.speaker, a.label) for a in found.attributions]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("It was suspected that 40 riders had no bed.", "40 riders had no bed"),
        ("It has been announced that the pier will close.", "the pier will close"),
        ("It's widely suspected that the mayor knew of it.", "the mayor knew of it"),
    ],
)
def test_an_it_passive_with_that_is_a_voice_with_no_speaker(text: str, content: str) -> None:
    assert _found(text) == [(content, "", "vague")]


@pytest.mark.parametrize(
    "text",
    [
        "It was passed by four votes to two at the meeting.",
        "It was announced on Monday at the town hall.",
        "Nobody knew it was suspected that way.",
    ],
)
def test_no_clause_with_that_no_voice(text: str) -> None:
    """Counter-cases: an agent, a time, a "that" that determines a noun."""
    assert _found(text) == []
