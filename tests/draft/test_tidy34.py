"""tidy34: word lists out of the code and a lookup that no longer folds twice.

The prepositions after which a name sits in a complement were one set in
``titles/descriptions.py`` that held both languages; each lexicon now lists its own
(``name_complement_prepositions``). ``Lexicon.is_phrase`` takes text its callers have folded.
"""

from __future__ import annotations

from quizapp.draft.names.titles.descriptions import after_preposition
from quizapp.draft.text.segment import tokens
from quizapp.draft.words.folding import elided_apart
from quizapp.draft.words.lexicon import load


def _words(text: str, language: str):
    return tokens(text, (0, len(text)), language)


def test_a_name_after_a_preposition_of_its_own_language_is_in_a_complement() -> None:
    fr, en = load("fr"), load("en")
    french = _words("Elle a dîné chez Paul Lenoir hier", "fr")
    assert after_preposition(french, 4, fr)  # « chez Paul Lenoir »
    english = _words("She had lunch with Paula Green today", "en")
    assert after_preposition(english, 4, en)  # "with Paula Green"


def test_each_language_reads_its_own_prepositions_only() -> None:
    fr, en = load("fr"), load("en")
    assert "avec" in fr.word_set("name_complement_prepositions")
    assert "with" in en.word_set("name_complement_prepositions")
    assert not fr.word_set("name_complement_prepositions") & en.word_set(
        "name_complement_prepositions"
    )
    mixed = _words("Elle a parlé with Paul Lenoir", "fr")
    assert not after_preposition(mixed, 4, fr)  # an English word in a French text


def test_is_phrase_reads_folded_text_with_an_elided_article_apart_or_not() -> None:
    fr = load("fr")
    assert elided_apart("l'intéressée a dit") == ["l'", "intéressée", "a", "dit"]
    assert fr.is_phrase("latter_pronouns", "l'intéressée")
    assert fr.is_phrase("latter_pronouns", "l' intéressée")
    assert not fr.is_phrase("latter_pronouns", "l'intéressée a dit")
