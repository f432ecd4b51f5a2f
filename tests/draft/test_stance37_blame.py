"""English verbs of blame with a plain noun object (made-up sentences, stance37): after a
definite or demonstrative determiner the object is the judged thing the subject speaks of
("condemned the council's failure to repair the road"); a bare plural or a name after the
verb is an act, no statement ("condemned controversial plans", "blasted Councillor Brown's
motion"), and a verb with no object keeps its quotation."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str]]:
    analysis = analyze(text, "en")
    return [(text[a.content[0] : a.content[1]], a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Parents have condemned the school's failure to fix the heating.",
            "the school's failure to fix the heating",
            "Parents",
        ),
        (
            "The union slammed the decision to shut the bus depot.",
            "the decision to shut the bus depot",
            "The union",
        ),
        (
            "The mayor deplored the handling of the spring floods.",
            "the handling of the spring floods",
            "The mayor",
        ),
        (
            "Shopkeepers blasted these plans for a new car park.",
            "these plans for a new car park",
            "Shopkeepers",
        ),
    ],
)
def test_a_blamed_thing_after_a_definite_determiner_is_said(
    text: str, content: str, speaker: str
) -> None:
    assert _found(text) == [(content, speaker)]


def test_a_bare_object_of_blame_is_no_statement() -> None:
    assert _found("Neighbours condemned noisy plans to build a stadium nearby.") == []
    assert _found("The leader blasted Councillor Brown's motion seeking a budget review.") == []


def test_a_quotation_beside_a_verb_of_blame_keeps_its_speaker() -> None:
    before = _found("“This is a scandal,” the chairman condemned.")
    after = _found("The chairman condemned the plan: “This is a scandal.”")
    assert [(c.rstrip(",."), s) for c, s in before] == [("This is a scandal", "the chairman")]
    assert [(c.rstrip(",."), s) for c, s in after] == [("This is a scandal", "The chairman")]
