"""One list of the endings of person nouns and one place for the quotation marks as tokens
(tidy38). Made-up words and phrases."""

from __future__ import annotations

from quizapp.draft.names.naming.gender import noun_gender
from quizapp.draft.names.titles.open_nouns import head_key
from quizapp.draft.text.segment import (
    CLAUSE_BREAK_TOKENS,
    CLOSING_MARK_TOKENS,
    OPENING_MARK_TOKENS,
    QUOTE_MARK_TOKENS,
)
from quizapp.draft.words.lexicon import load

FR = load("fr")


def test_a_paired_ending_gives_one_key_and_a_gender() -> None:
    """« l'adjointe » and « l'adjoint » are one description (the pair came over from the
    gender endings), and each pair says the gender of both forms."""
    assert head_key("adjointe", FR) == head_key("adjoint", FR) == "adjoint"
    assert [noun_gender(w, FR) for w in ("chercheuse", "adjointe", "pharmacienne")] == ["f"] * 3
    assert [noun_gender(w, FR) for w in ("chercheur", "adjoint", "pharmacien")] == ["m"] * 3


def test_an_ending_with_no_pair_still_gives_its_gender() -> None:
    """« -esse » pairs with no masculine ending (« la comtesse », « le comte »), so it stays
    apart, and « la presse » keeps its own key."""
    assert noun_gender("comtesse", FR) == "f"
    assert head_key("presse", FR) == "presse"
    assert FR.raw["person_gender_endings"] == {"f": ["esse"], "m": []}


def test_the_quotation_marks_as_tokens() -> None:
    assert OPENING_MARK_TOKENS | CLOSING_MARK_TOKENS == QUOTE_MARK_TOKENS
    assert {"«", "»", "“", "”", '"'} == QUOTE_MARK_TOKENS
    assert QUOTE_MARK_TOKENS < CLAUSE_BREAK_TOKENS and "," not in CLAUSE_BREAK_TOKENS
