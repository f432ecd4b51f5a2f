"""How a word is looked up in the lexicons: one module of its own so that lexicon.py and
conjugation.py, which expands the verbs, both read it without an import cycle."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """A word as looked up: lower case, typographic apostrophes made straight. Kept for the
    words met last: an article folds each of its words a few hundred times over (speed18)."""
    return word.lower().replace("\u2019", "'").replace("\u02bc", "'")


def unaccented(text: str) -> str:
    """``text`` without its accents (« Élysée » reads « Elysee »): how names, first names and
    acronyms' letters are compared, French writing capitals with or without their accents
    (mend39d: three modules stripped them each their own way)."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def folded_words(text: str) -> list[str]:
    """The folded words of ``text``, an elided article or pronoun a word of its own
    (« l'enquête » reads « l' », « enquête »): how the rules compare a passage with a lexicon's
    phrases, which are split the same way."""
    return elided_apart(fold(text))


def elided_apart(folded: str) -> list[str]:
    """The words of text folded already, an elided word set apart as ``folded_words`` does:
    for a caller that has folded its words for its own tests (tidy34)."""
    return folded.replace("'", "' ").split()


def past_elision(word: str) -> str:
    """A word written in one token with the elided article or preposition before it, without
    it (« l'étude » reads « étude », « d'Orsay » « Orsay »); a possessive "'s" left whole.
    Straight apostrophes only: fold the word first (tidy42: the heads of an option's speaker
    were cut two ways in unfit_options)."""
    if "'" not in word or word.endswith("'s"):
        return word
    return word.split("'", 1)[1]


def ment_adverb(word: str, longer_than: int = 0) -> bool:
    """A word read as an adverb by its French ending « -ment » (« chaleureusement »,
    « enfin » aside), longer than ``longer_than`` letters: the one place this ending is
    tested, each caller keeping its own length (short nouns in -ment are many: « moment »,
    « document »; mend38a gathered five copies)."""
    return len(word) > longer_than and word.endswith("ment")


# An English adverb in -ly made of an adjective by its ending ("separately", "critically",
# "hopefully"; not "Emily", "only", "early"): the one shape of it, lower case, that the fronted
# adverb and the segments that are no subject both read (tidy39: the two were written apart,
# one with six endings, one with ten).
ENGLISH_LY = r"[a-z]+(?:al|ous|ent|ant|ive|ate|ful|ic|ed|ing)ly"
