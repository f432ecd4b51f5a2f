"""What opens an English news sentence before its subject (made-up sentences): a time phrase
or a phrase of setting with no comma ("Late Tuesday the company said", "In a statement the
council said") is when or how, not who (it was the whole reported clause after "In…"); an
abbreviation after a bracket ("(Feb. 3)") ends no sentence, nor the search for the reported
clause."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from quizapp.draft.reporting.english_cue_forms.english_forms import opening_setting_length
from quizapp.draft.words.lexicon import load


def _found(text: str) -> list[tuple[str, str, str]]:
    analysis = analyze(text, "en")
    return [
        (analysis.passage(a.content), analysis.passage(a.source) if a.source else "", a.speaker)
        for a in analysis.attributions
    ]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Late Tuesday the company said that its chief would step down.", "the company"),
        ("Early on Monday the ministry said that the talks had failed.", "the ministry"),
        ("Earlier this week the mayor said that the budget was in deficit.", "the mayor"),
        ("Last week officials said that the budget was in deficit.", "officials"),
        ("In 2019 the company said it would close the plant.", "the company"),
        ("In a statement the council said it would close the road.", "the council"),
        ("In an interview with the BBC the minister said he would resign.", "the minister"),
    ],
)
def test_a_setting_opening_the_sentence_is_not_the_source(sentence: str, source: str) -> None:
    [(_content, written, speaker)] = _found(sentence)
    assert (written, speaker) == (source, source)


def test_a_name_opening_the_sentence_stays_whole() -> None:
    """Counter-case: a capitalised first name before the verb is the source, not a time."""
    [(_content, written, _speaker)] = _found(
        "Morning Star editor Ben Chacko said it would survive."
    )
    assert written == "Morning Star editor Ben Chacko"


def test_an_abbreviation_after_a_bracket_ends_no_sentence() -> None:
    text = "The plaintiffs said Tuesday (Feb. 3) in court papers that they will appeal."
    [(content, written, _speaker)] = _found(text)
    assert written == "The plaintiffs"
    assert content.endswith("they will appeal")


def test_the_reported_clause_is_found_past_an_abbreviation() -> None:
    [(content, _written, _speaker)] = _found(
        "The minister said on Tuesday (Sept. 4) that the plan was dead."
    )
    assert content == "the plan was dead"


def test_a_full_stop_still_ends_the_search_for_that() -> None:
    """Counter-case: "that" in the next sentence reports nothing for this cue."""
    found = _found("The minister spoke on Tuesday. That the plan was dead was clear.")
    assert found == []


def test_a_bare_day_opens_a_sentence_but_a_bare_month_does_not() -> None:
    """The lexicon's times_alone (days, today, yesterday…) may open a sentence on their own; a
    month alone may not, since it is also a first name ("June Carter said")."""
    lex = load("en")
    day = opening_setting_length("Tuesday the ministry said the talks had failed.", lex)
    month = opening_setting_length("June Carter said the talks had failed.", lex)
    assert (day, month) == (len("Tuesday "), 0)
