"""A reporting verb after the object of a verb of causing (made-up sentences): in "the
finding led the authors to suspect that…" the authors speak; "to" before a verb that is no
cue, or with no "that" after it, reports nothing."""

from __future__ import annotations

import pytest

from tests.draft.readings import sources


def _sources(text: str) -> list[str]:
    return sources(text, "en")


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The survey led the authors to suspect that pupils read less at home.", "the authors"),
        ("A broken seal prompted inspectors to conclude that the tank had leaked.", "inspectors"),
        ("The shape of the tooth led experts to deduce that the animal ate fish.", "experts"),
    ],
)
def test_the_object_of_a_verb_of_causing_speaks(sentence: str, source: str) -> None:
    assert _sources(sentence) == [source]


@pytest.mark.parametrize(
    "sentence",
    [
        "The storm led the council to close the coast road for a week.",
        "The mayor wants to suspect nobody before the inquiry ends.",
        "The survey led the authors to suspect the pupils of cheating.",
    ],
)
def test_no_verb_of_causing_or_no_that_reports_nothing(sentence: str) -> None:
    """Counter-cases: an act, no verb of causing, no reported clause."""
    assert _sources(sentence) == []
