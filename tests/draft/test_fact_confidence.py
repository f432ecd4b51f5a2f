"""The confidence of a neutral clause labelled fact says how checkable it looks."""

from __future__ import annotations

from quizapp.draft.claims import fact_confidence
from quizapp.draft.words.lexicon import load


def test_a_dated_clause_with_a_figure_is_a_sure_fact() -> None:
    fr = load("fr")
    dated = "Le conseil municipal a voté mardi un budget de 12 millions d'euros pour la piscine"
    plain = "Le conseil municipal a voté un nouveau budget pour la piscine du quartier nord"
    assert fact_confidence(dated, fr) >= 0.7 > fact_confidence(plain, fr)


def test_a_short_or_hedged_clause_is_marked_to_check() -> None:
    en = load("en")
    assert fact_confidence("The plan works", en) < 0.6
    hedged = "The new bridge should open to traffic before the end of the year"
    assert fact_confidence(hedged, en) < fact_confidence(hedged.replace("should", "will"), en)
