"""An English "that" right after a preposition is a determiner ("add to that picture",
"spoke about that decision"), never the subordinator of a reported clause: "new figures now
add to that picture" reported "picture". Made-up sentences."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _contents(text: str) -> list[str]:
    found = analyze(text, "en")
    return [found.passage(a.content) for a in found.attributions]


@pytest.mark.parametrize(
    "text",
    [
        "Ms Lee saw the queues at the hospital – and new figures now add to that picture.",
        "Mr Hale explained his anger at the meeting and pointed to that letter.",
        "The union warned of that danger in a long meeting on Monday.",
    ],
)
def test_that_after_a_preposition_opens_no_clause(text: str) -> None:
    assert not [c for c in _contents(text) if len(c.split()) < 3]


def test_a_that_clause_after_the_people_told_is_still_read() -> None:
    """Counter-case: "told reporters that…" still reports its clause."""
    text = "The mayor told reporters that the bridge would reopen in May."
    assert _contents(text) == ["the bridge would reopen in May"]
