"""Whether words spell an acronym: the initials of their content words (articles and
prepositions set aside, hyphenated words counted per part), each word giving at most two more
of its letters in order. Out of speakers/acronyms.py (tidy39; now ``spelled``), which joins an
acronym to the speaker it stands for; the drafted options ask it too.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from quizapp.draft.words.folding import unaccented
from quizapp.draft.words.lexicon import fold, load

_WORD_BREAKS = re.compile(r"[\s\-‑'’]+")


def looks_like_acronym(word: str) -> bool:
    """ "AFP", "PNAT", "Pnat": 2 to 6 letters, capitalised (all capitals under 3 letters)."""
    bare = word.strip("()")
    if not bare.isalpha() or not 2 <= len(bare) <= 6 or not bare[:1].isupper():
        return False
    return bare.isupper() or (len(bare) >= 3 and bare[1:].islower())


@lru_cache(maxsize=65536)  # an unknown acronym is tried against every speaker at each mention
def spells(acronym: str, phrase: str) -> bool:
    """The phrase's content words spell the acronym, at least two of them, each giving its
    initial and at most two more of its letters in order ("antiterroriste" gives the "at"
    of "Pnat")."""
    words = list(acronym_words(phrase))
    letters = bare_letters(acronym.strip("()"))
    for skip in range(3):  # "the U.S. Food and Drug Administration" spells FDA
        rest = words[skip:]
        if 2 <= len(rest) <= len(letters) and spelled_in_order(rest, letters):
            return True
    return False


@lru_cache(maxsize=65536)
def acronym_words(phrase: str) -> tuple[str, ...]:
    """The words whose initials an acronym spells: folded, without accents, hyphenated words
    split, the small words it passes over left out (not titles.descriptions.content_words,
    which drops the articles and titles of a description)."""
    skipped = skipped_words()
    return tuple(w for w in _WORD_BREAKS.split(bare_letters(phrase)) if w and w not in skipped)


@cache
def skipped_words() -> frozenset[str]:
    """The small words an acronym's letters pass over (« de », "of"), of both languages as the
    lexicons list them (``acronym_skipped_words``): a body's name in one language is written
    whole in an article of the other (« la Food and Drug Administration (FDA) »)."""
    words = load("fr").words("acronym_skipped_words") + load("en").words("acronym_skipped_words")
    return frozenset(bare_letters(word) for word in words)


@lru_cache(maxsize=65536)
def may_spell(initial: str, phrase: str) -> bool:
    """Whether one of the first three content words gives the acronym's ``initial``: what
    ``spells`` needs first, checked once per name, not once per name and acronym."""
    return initial in {word[0] for word in acronym_words(phrase)[:3]}


@lru_cache(maxsize=65536)
def bare_letters(text: str) -> str:
    """Folded and without accents: "études" gives the "e" of "Insee"."""
    return unaccented(fold(text))


def spelled_in_order(words: list[str], letters: str) -> bool:
    if not words:
        return not letters
    word = words[0]
    if not letters or word[0] != letters[0]:
        return False
    if spelled_in_order(words[1:], letters[1:]):
        return True
    rest = word[1:]
    for extra in range(1, 3):  # one or two more letters of the same word, in order
        wanted = letters[1 : 1 + extra]
        fits = len(wanted) == extra and _subsequence(wanted, rest)
        if fits and spelled_in_order(words[1:], letters[1 + extra :]):
            return True
    return False


def _subsequence(wanted: str, word: str) -> bool:
    remaining = iter(word)
    return all(ch in remaining for ch in wanted)
