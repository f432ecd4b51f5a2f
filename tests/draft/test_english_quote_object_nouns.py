"""A verb that reports only when a quotation follows its object ("called the plan “a
betrayal”", lexicon quote_object_verbs) is a noun after a determiner or a preposition
("in terms of staffing “…”", "the call"), whatever follows: no one speaks in it, and the
words before it never become a speaker (made-up sentences)."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _cues(text: str) -> list[str]:
    analysis = analyze(text, "en")
    return [analysis.passage(a.cue) for a in analysis.attributions if a.cue]


@pytest.mark.parametrize(
    "text",
    [
        'The figures in terms of staffing "had not changed materially" by June.',
        'Costs in terms of fuel have been "through the roof" since spring.',
        'Nurses on call have been "stretched to breaking point" all winter.',
    ],
)
def test_a_noun_after_a_preposition_reports_nothing(text: str) -> None:
    assert _cues(text) == []


def test_the_reporting_verb_around_it_keeps_its_speaker() -> None:
    text = 'Ann Hale said the issue in terms of staffing "had not changed materially".'
    analysis = analyze(text, "en")
    assert [a.speaker for a in analysis.attributions] == ["Ann Hale"]


@pytest.mark.parametrize("verb", ["called", "has called", "calls", "branded"])
def test_the_verb_itself_still_reports(verb: str) -> None:
    """Counter-case: after its subject, the verb reports its object's quotation."""
    text = f'The mayor {verb} the decision "a betrayal of the town".'
    assert len(_cues(text)) == 1


def test_a_verb_after_and_still_reports() -> None:
    """Counter-case: "and" joins a second verb to the subject, it makes no noun."""
    text = 'The union met on Monday and called the plan "a disgrace".'
    analysis = analyze(text, "en")
    assert [a.speaker for a in analysis.attributions] == ["The union"]
