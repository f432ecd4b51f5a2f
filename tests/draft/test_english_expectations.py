"""Expectations and forecasts in English news writing (made-up sentences): what analysts
expect or a company forecasts is its statement even without "that"; a comparison with an
expectation ("more than traders expected") says nothing."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_cue_label as _found


@pytest.mark.parametrize(
    ("sentence", "content", "cue"),
    [
        (
            "Analysts expect the central bank to raise rates in June.",
            "the central bank to raise rates in June",
            "expect",
        ),
        ("Economists had forecast growth of 0.4 percent.", "growth of 0.4 percent", "had forecast"),
        ("Most traders expected a rise of 0.2 percent.", "a rise of 0.2 percent", "expected"),
        (
            "The retailer expects sales to fall by a tenth this year.",
            "sales to fall by a tenth this year",
            "expects",
        ),
        ("The bank forecast that inflation would ease.", "inflation would ease", "forecast"),
    ],
)
def test_an_expectation_reports_its_object(sentence: str, content: str, cue: str) -> None:
    [(said, found_cue, _label)] = _found(sentence)
    assert (said, found_cue) == (content, cue)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales rose more than expected in March.",
        "As expected, the bank raised rates.",
        "The widely expected cut came on Thursday.",
        "Shares fell 5 percent, far more than traders expected.",
        "Profits were lower than analysts had expected.",
        "They cut their growth forecasts for the first two quarters.",
    ],
)
def test_no_statement_in_a_comparison_or_a_noun(sentence: str) -> None:
    """Counter-cases: a comparison with an expectation, an expectation as an adjective or a
    noun ("the widely expected cut", "growth forecasts") report nothing ("his false claim
    that…", an owned noun of speech, reports its clause: test_english_nested)."""
    assert all(cue not in {"expected", "forecasts", "claim"} for _, cue, _ in _found(sentence))


def test_both_between_the_auxiliary_and_the_participle() -> None:
    [(said, cue, _label)] = _found(
        "The union and the employers have both said talks will resume on Monday."
    )
    assert (said, cue) == ("talks will resume on Monday", "have both said")


def test_a_noun_in_ly_before_the_verb_is_no_adverb() -> None:
    """Counter-case to "the widely expected cut": "the family said" is a subject and its verb."""
    assert _found("A lawyer for the family said that the boy was safe.") == [
        ("the boy was safe", "said", "anonymous")
    ]
