"""mend58e: what english58's passives of telling read wrongly. A denied telling ("were not
told by…", "never informed") tells nothing; a "that" before a time noun ("that day") is a
determiner, not the clause's opener; "Be assured that…" and "You can be assured that…" are the
outlet's own voice; a fact after "by" ("the fact that…") tells nothing; a telling in a relative
clause ("Residents who were notified that…") has no sure end and is left; an adverb of time
("notified yesterday that") does not stop the clause. Made-up sentences."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str | None]]:
    """(content, speaker) of every attribution of ``text``."""
    found = analyze(text, "en")
    return [(found.passage(a.content), a.speaker) for a in found.attributions]


@pytest.mark.parametrize(
    "text",
    [
        "Stall holders were not told by officers that the square would reopen in May.",
        "Stall holders were never informed that the square would reopen in May.",
        "Stall holders have not been notified that the square would reopen in May.",
        "Be assured that the water in the town is perfectly safe to drink.",
        "You can be assured that the water in the town is perfectly safe to drink.",
        "The mayor was assured by the fact that the clinic had reopened in June.",
        "The mayor was assured by the news that the clinic had reopened in June.",
        "Residents who were notified that the road would close complained to the council.",
        "Residents who were told that the road would close complained to the council.",
    ],
)
def test_nothing_is_told(text: str) -> None:
    assert _found(text) == []


def test_that_before_a_time_noun_is_no_clause_opener() -> None:
    found = _found("Stall holders were told by officers that day the square would reopen in May.")
    assert found == [("the square would reopen in May", "officers")]


def test_an_adverb_of_time_before_that() -> None:
    found = _found("Parents were notified yesterday that the school would close for a week.")
    assert found == [("the school would close for a week", "")]
