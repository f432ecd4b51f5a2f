"""English quotations of five or six words set out in a headline or a subhead that no rule
gives a speaker (ennat50, made-up sentences): English headlines quote a short sentence as the
line, so the lexicon's ``framed_quote_words`` (five) stands there for the body's seven; the
quotation goes, as a guess, to the person named nearest. A four-word one, and a French one of
five words, keep what they were."""

from __future__ import annotations

from quizapp.draft import analyze
from quizapp.draft.uncued.rules.lone_quotes.unheard import CONFIDENCE


def _holding(text: str, word: str, language: str = "en") -> list[tuple[str, str, float]]:
    found = analyze(text, language, headline=text.split("\n")[0]).attributions
    return [
        (a.speaker, a.kind, a.confidence)
        for a in found
        if word in text[a.content[0] : a.content[1]]
    ]


def test_a_five_word_headline_quotation_is_someone_s() -> None:
    text = (
        "Harbour plan 'will ruin the whole bay'\n\nA plan for forty moorings at Westport "
        "harbour went before the council on Monday. Fisherman Tom Leary spoke at the meeting."
    )
    assert _holding(text, "ruin") == [("Tom Leary", "direct", CONFIDENCE)]


def test_a_six_word_quoted_subhead_is_someone_s() -> None:
    text = (
        "Bus route to be cut in March\n\n'There is no other way home'\n\nThe number 12 "
        "service will stop in March. Pensioner Mary Hale rides it twice a week."
    )
    assert _holding(text, "other way") == [("Mary Hale", "direct", CONFIDENCE)]


def test_a_four_word_headline_quotation_stays_nobody_s() -> None:
    """Three and four words are too often a scare quote or a nickname (6 keyed in 11)."""
    text = (
        "Harbour plan 'a total disaster zone'\n\nA plan for forty moorings at Westport "
        "harbour went before the council on Monday. Fisherman Tom Leary spoke at the meeting."
    )
    assert _holding(text, "disaster") == []


def test_a_five_word_french_headline_quotation_stays_nobody_s() -> None:
    """French keeps the body's seven words (recall43's counts)."""
    text = (
        "Port de Vue : « un projet qui abîme tout »\n\nLe projet de quarante mouillages a été "
        "présenté lundi au conseil municipal. Le pêcheur Paul Durand était présent."
    )
    assert _holding(text, "abîme", "fr") == []
