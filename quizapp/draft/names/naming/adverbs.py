"""Adverbs known by their form, not by a list: « Parallèlement », "Additionally" open a sentence
with a capital and name no one. Split out of naming/names.py (structure18), which reads them
to tell a capitalised word from a name; sources/reading sets one aside before a source. And
the connectives that open a clause (lexicon ``opening_connectives``), set aside with such an
adverb before a source (``without_connective``, moved from sources/reading.py by tidy23)."""

from __future__ import annotations

import re

from quizapp.draft.names.naming.gender import first_name_words
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once, fold

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
    return word not in first_name_words(lex)


def without_connective(text: str, span: Span | None, lex: Lexicon) -> Span | None:
    """A source without the connective that opens its clause ("Ainsi, le porte-parole",
    "However, the spokesman"): the connective links sentences, it is no part of who speaks."""
    if span is None:
        return None
    start = span[0]
    pattern = _connective(lex)
    while (found := pattern.match(text, start, span[1])) and found.end() < span[1]:
        start = found.end()
    return (after_opening_adverb(text, start, span[1], lex), span[1])


@built_once
def _connective(lex: Lexicon) -> re.Pattern[str]:
    alternatives = alternation(lex.words("opening_connectives"))
    lookalikes = lex.words("connective_lookalikes")  # « de plus en plus de »: no « De plus, »
    unless = r"(?!(?:" + alternation(lookalikes) + r")\b)" if lookalikes else ""
    alternatives += _determined_connective(lex)
    return re.compile(unless + r"(?:" + alternatives + r")(?![\w'’-])[\s,]*", re.IGNORECASE)


def _determined_connective(lex: Lexicon) -> str:
    """« Même le Conseil économique », « Si tous les acteurs »: a word that opens a clause
    only when a determiner follows it (lexicon ``determined_connectives``); « Même
    incompréhension du chef » is an adjective of the noun, part of the phrase."""
    words = lex.words("determined_connectives")
    if not words:
        return ""
    determiners = alternation(lex.words("determiners") + lex.words("vague_determiners"))
    return rf"|(?:{alternation(words)})(?=\s+(?:{determiners})(?![\w-]))"
