"""An English passive whose subject is only what the agent did (made-up sentences,
precision37): "The new car park was approved by the planning committee" reports an act, no
words; a judgement in the complement ("branded 'reckless' by parents") or a reason after the
agent ("criticised by parents for the delay") still does."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str]]:
    analysis = analyze(text, "en")
    return [(text[a.content[0] : a.content[1]], a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    "text",
    [
        "The new car park was recommended by the planning committee on Monday.",
        "A state of emergency was declared by the fire brigade last night.",
    ],
)
def test_a_passive_act_on_a_thing_reports_nothing(text: str) -> None:
    assert _found(text) == []


def test_a_judgement_in_the_complement_still_speaks() -> None:
    text = "The closure was branded “reckless” by angry parents."
    assert [said for said, _ in _found(text)] == ["“reckless”"]
