"""« Pour beaucoup d'habitants interrogés, C »: a vague determiner, its « de » elided or
not, then a people noun as the head, whatever describes it after, is a part of the people
holding the view C (recall32, made-up sentences). « Pour tous les habitants » says whom
something is for."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str | None]]:
    analysis = analyze(text, "fr")
    return [(text[a.content[0] : a.content[1]], a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Pour beaucoup d'automobilistes, la nouvelle bretelle est dangereuse.",
            "beaucoup d'automobilistes",
        ),
        (
            "Pour beaucoup de riverains rencontrés, la nouvelle bretelle est dangereuse.",
            "beaucoup de riverains rencontrés",
        ),
    ],
)
def test_a_counted_part_of_the_people_holds_the_view(text: str, source: str) -> None:
    assert ("la nouvelle bretelle est dangereuse", source) in _found(text)


def test_whom_something_is_for_is_no_source() -> None:
    assert _found("Pour tous les riverains, la bretelle sera gratuite en été.") == []


def test_whom_a_measure_is_for_is_no_source() -> None:
    """review32: a description after the people noun that does not say they were asked or
    met (« modestes ») leaves « pour » saying whom the thing is for (mend32c)."""
    assert _found("Pour beaucoup de retraités isolés, la commune a ouvert un accueil.") == []
