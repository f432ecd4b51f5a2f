"""Adverbs known by their form, not by a list: « Parallèlement », "Additionally" open a sentence
with a capital and name no one. Split out of naming/names.py (structure18), which reads them
to tell a capitalised word from a name; sources/reading sets one aside before a source."""

from __future__ import annotations

import re

from quizapp.draft.lexicon import Lexicon, fold

# Adverbs known by their ending (French -ment, English -ly after the endings adjectives
# take), long enough that a name seldom ends so; first names are checked too (« Clément »)
_ADVERB_ENDING = re.compile(
    r"\w{4,}(?:ment|ally|ately|ously|ently|antly|ively|ctly|ibly|ably|edly|ingly|larly)"
)


def after_opening_adverb(text: str, start: int, end: int, lex: Lexicon) -> int:
    """Where a phrase starts once an adverb known by its form and its comma are set aside
    (« Parallèlement, les écologistes », "Additionally, the union"); ``start`` otherwise."""
    adverb = _WORD_AND_COMMA.match(text, start, end)
    if adverb and adverb.end() < end and adverb_by_form(fold(adverb.group(1)), lex):
        return adverb.end()
    return start


_WORD_AND_COMMA = re.compile(r"(\w+),\s*")


def adverb_by_form(word: str, lex: Lexicon) -> bool:
    """« Parallèlement », « Également », "Additionally": an adverb no list holds, which opens
    a sentence with a capital and names no one (« Clément » is a first name)."""
    if not _ADVERB_ENDING.fullmatch(word):
        return False
    names = ("first_names_masculine", "first_names_feminine")
    return not any(word in lex.word_set(key) for key in names)
