"""A subject of more than seven words between a quotation and its cue (made-up sentences): a
name with a long apposition ("“…,” Tom Reyes, head of the region's water board, said.") or a
noun phrase with its relative clause ("“…,” an aide who asked not to be named said.") speaks,
in any tense; words with a verb of their own between the quotation and the cue are narration,
never a subject."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

QUOTE = "“The pipes under the old town will not last another winter,”"


def _found(text: str) -> list[tuple[str, str, str]]:
    analysis = analyze(text, "en")
    return [(analysis.passage(a.content), a.speaker or "", a.label) for a in analysis.attributions]


@pytest.mark.parametrize("verb", ["said", "says", "has said", "was saying", "warned", "added"])
def test_a_name_with_a_long_apposition_speaks(verb: str) -> None:
    text = f"{QUOTE} Tom Reyes, head of the region's water and drainage board, {verb}."
    [(content, speaker, label)] = _found(text)
    assert content.startswith("The pipes") and speaker == "Tom Reyes" and label == "named"


def test_a_name_with_an_age_and_an_apposition_speaks() -> None:
    text = f"{QUOTE} Tom Reyes, 61, a retired engineer from the region's water board, said."
    [(_content, speaker, _label)] = _found(text)
    assert speaker == "Tom Reyes"


@pytest.mark.parametrize(
    "subject",
    [
        "an aide who asked not to be named",
        "a senior engineer who declined to be identified",
        "one of the engineers who spoke on condition of anonymity",
    ],
)
def test_a_subject_with_a_relative_clause_speaks(subject: str) -> None:
    text = f"{QUOTE} {subject} told reporters."
    [(content, _speaker, label)] = _found(text)
    assert content.startswith("The pipes") and label == "anonymous"


def test_a_cut_quotation_goes_on_after_a_long_subject() -> None:
    text = f"{QUOTE} an aide who asked not to be named said. “Nobody has paid for new ones.”"
    [(content, _speaker, label)] = _found(text)  # one statement, as for a short subject
    assert content.endswith("new ones.") and label == "anonymous"


def test_narration_with_its_own_verb_is_no_subject() -> None:
    text = f"{QUOTE} the notice on the door of the water board was headed when residents said so."
    assert not any(content.startswith("The pipes") for content, _s, _l in _found(text))


def test_a_quoted_title_with_a_long_apposition_reports_nothing() -> None:
    text = "“The Pipes,” a novel by Tom Reyes, head of the region's water board, sold well."
    assert _found(text) == []
