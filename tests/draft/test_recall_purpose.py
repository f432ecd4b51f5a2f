"""Statements told as the purpose of an act, seen missed on unseen French articles: « a
publié un communiqué pour démentir cette information » (a two-word object is enough after the
infinitive of a denial or a claim, as after its finite forms), one short made-up case each and
the counter-cases that must stay silent."""

from __future__ import annotations

from quizapp.draft import Analysis, analyze


def found(analysis: Analysis) -> list[tuple[str, str]]:
    """(content, speaker) of every attribution."""
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


def test_a_denial_as_the_purpose_of_a_statement_has_a_two_word_object() -> None:
    text = "L'entraîneur Paul Martin a publié un communiqué mardi pour démentir cette rumeur."
    assert found(analyze(text, "fr")) == [("cette rumeur", "Paul Martin")]


def test_a_claim_as_the_purpose_of_an_act_has_a_two_word_object() -> None:
    text = "Le maire Paul Martin a réuni la presse pour contester la décision."
    assert found(analyze(text, "fr")) == [("la décision", "Paul Martin")]


def test_a_purpose_that_is_no_speech_stays_silent() -> None:
    text = "Le Racing Club a recruté un attaquant pour gagner le championnat."
    assert found(analyze(text, "fr")) == []


def test_a_one_word_object_after_the_infinitive_is_still_too_short() -> None:
    text = "Le Racing Club a publié un communiqué pour démentir tout."
    assert found(analyze(text, "fr")) == []
