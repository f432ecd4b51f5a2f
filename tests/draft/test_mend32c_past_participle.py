"""One reading of a French past participle set after a source (review32: according_claim and
sentence_parts each had their own): any ending of lexicon past_participle_endings, never an
adverb of the lexicon's adverb lists nor a listed lookalike."""

from __future__ import annotations

import pytest

from quizapp.draft.text.sentence.sentence_parts import closing_participle, past_participle
from quizapp.draft.words.lexicon import load


@pytest.mark.parametrize("word", ["invité", "venus", "élu", "interrogées", "partie"])
def test_a_participle_of_any_ending(word: str) -> None:
    assert past_participle(word, load("fr"))


@pytest.mark.parametrize("word", ["parfois", "quasi", "lundi", "aussi", "côté", "qui"])
def test_an_adverb_or_a_lookalike_is_none(word: str) -> None:
    assert not past_participle(word, load("fr"))


def test_a_closing_participle_of_any_ending_runs_to_the_end() -> None:
    lex = load("fr")
    assert closing_participle("élu au conseil municipal", lex)
    assert not closing_participle("élu au conseil, puis maire", lex)
    assert not closing_participle("parfois en retard le matin", lex)


@pytest.mark.parametrize("word", ["comme", "l'Elysée", "dure"])
def test_an_unaccented_e_or_an_elided_word_is_none(word: str) -> None:
    """The endings keep their accents (« -é », not any « -e »), and an elided article with
    its noun is no participle."""
    assert not past_participle(word, load("fr"))
