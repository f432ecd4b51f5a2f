"""English news writing, one general construction per test (made-up sentences)."""

from __future__ import annotations

import pytest

from quizapp.draft import Analysis, Attribution, analyze


def only(analysis: Analysis) -> Attribution:
    assert len(analysis.attributions) == 1, [
        analysis.passage(a.content) for a in analysis.attributions
    ]
    return analysis.attributions[0]


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The minister stresses that the reforms are necessary.", "stresses"),
        ("Residents complain that the noise has gone on for weeks.", "complain"),
        ("The governor underlined that the budget was balanced.", "underlined"),
        ("The study highlights that emissions rose sharply.", "highlights"),
        ("The senator reiterated that she would vote against the bill.", "reiterated"),
        ("The prosecutor disclosed that three suspects had been questioned.", "disclosed"),
        ("Investors fear that the merger will fail.", "fear"),
    ],
)
def test_regular_verb_forms_are_cues(sentence: str, cue: str) -> None:
    """-es after a sibilant, the base form after a plural subject, verbs of emphasis."""
    analysis = analyze(sentence, "en")
    found = only(analysis)
    assert analysis.passage(found.cue) == cue
    assert found.kind == "indirect"


def test_a_question_asked_in_quotes() -> None:
    analysis = analyze("Jane Moss runs the shelter.\n“Why now?” she asked.", "en")
    found = only(analysis)
    assert analysis.passage(found.content) == "Why now?"
    assert found.speaker == "Jane Moss"
