"""English passives of telling with the teller named after "by" and a "that" clause ("were
told by officers that…", "has been informed by the commission that…"), and "informed",
"notified", "assured" with nobody named and "that" (an impersonal voice).
Made-up sentences; the guards keep an infinitive, "informed of" and a means after "by"
("by letter") from telling anything or from speaking."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str | None]]:
    """(content, speaker) of every attribution of ``text``."""
    found = analyze(text, "en")
    return [(found.passage(a.content), a.speaker) for a in found.attributions]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Stall holders were told by market officers that the square would reopen in May.",
            "the square would reopen in May",
            "market officers",
        ),
        (
            "Brackley has been informed by the electoral commission that it must lose a ward.",
            "it must lose a ward",
            "the electoral commission",
        ),
        (
            "The chairman was advised by senior planners that the scheme could not be refused.",
            "the scheme could not be refused",
            "senior planners",
        ),
    ],
)
def test_told_by_a_named_agent(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in _found(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Members were assured that the number of objections was no reason to refuse it.",
            "the number of objections was no reason to refuse it",
        ),
        (
            "Campaigners were later informed that nobody from the council would meet them.",
            "nobody from the council would meet them",
        ),
    ],
)
def test_informed_with_nobody_named(text: str, content: str) -> None:
    assert content in [said for said, _ in _found(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Residents were reminded to put their green bins out by seven on Monday morning.",
        "Traders were informed of the new parking charges at a meeting last week.",
    ],
)
def test_no_clause_tells_nothing(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Tenants were informed by letter that their rents would rise in April.",
        "Tenants were notified by email that their rents would rise in April.",
    ],
)
def test_a_means_after_by_tells_in_an_impersonal_voice(text: str) -> None:
    assert _found(text) == [("their rents would rise in April", "")]
