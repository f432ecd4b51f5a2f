"""What states a demand or a charge (made-up sentences, mend37a): a condition not met yet
is read from the first word of the cue's clause only, so a relative holding "whether" or
"should" before the verb leaves the sentence stated; a question mark inside a quotation is
no question of the sentence's own. One helper reads the condition for both the verbs of
demanding (english_cue_forms/mandative) and the English passive charges (passives/accused_en)."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from quizapp.draft.reporting.english_cue_forms.unstated import under_unmet_condition
from quizapp.draft.words.lexicon import load


def _found(text: str) -> list[tuple[str, str]]:
    analysis = analyze(text, "en")
    return [(text[a.content[0] : a.content[1]], a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Engineers who asked whether the bridge was sound recommended the road be shut.",
            "the road be shut",
            "Engineers",
        ),
        (
            "Governors who should know the rules recommended the pool be sold.",
            "the pool be sold",
            "Governors",
        ),
        (
            'The committee recommended the festival be called "Who Cares?"',
            'the festival be called "Who Cares?"',
            "The committee",
        ),
    ],
)
def test_a_demand_stays_stated(text: str, content: str, speaker: str) -> None:
    assert _found(text) == [(content, speaker)]


def test_a_question_or_a_condition_still_states_no_demand() -> None:
    assert _found("Did the committee recommend the pool be sold?") == []
    condition = "If the committee recommended the pool be sold, the town would lose its pool."
    assert _found(condition) == []


def test_a_modal_inside_the_subject_keeps_an_english_charge() -> None:
    text = "The landlord who should have fixed the roof is accused of ignoring tenants for months."
    assert [c for c, _ in _found(text)] == ["ignoring tenants for months"]


def test_the_condition_is_read_from_the_first_word_of_the_clause() -> None:
    lex = load("en")
    assert under_unmet_condition(lex, "Later, if the landlord ")
    assert not under_unmet_condition(lex, "Officials who should know better ")
