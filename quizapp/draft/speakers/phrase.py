"""Cleaning a source phrase and a name before they become a speaker's identity.

A reader knows that « a déclaré dimanche 9 novembre Jean Dupont » is said by Jean Dupont, not
by « 9 novembre Jean Dupont », and that « L'Élysée » and « l'Elysée » are one speaker: French
writes capitals with or without their accents and names with or without their article.
"""

from __future__ import annotations

import re
import unicodedata

from quizapp.draft.lexicon import Lexicon, fold
from quizapp.draft.segment import Span

_BEFORE_DATE = {"le", "du", "au", "ce", "cette", "on", "the", "this", "last", "next"}
_AFTER_DATE = {"dernier", "dernière", "prochain", "prochaine", "matin", "soir", "midi",
               "après-midi", "morning", "evening", "afternoon", "night", ","}  # fmt: skip
_WORD = re.compile(r"[\w'’-]+|[^\w\s]")


def without_date(text: str, span: Span | None, lex: Lexicon) -> Span | None:
    """A source without the date written between its cue and it ("a affirmé le 9 novembre
    le maire", "a déclaré dimanche Jean Dupont"): a run of weekdays, month names, numbers and
    their fillers, holding at least a weekday, a month or a number, then an optional comma."""
    if span is None:
        return None
    dates = lex.word_set("date_words")
    start, dated = span[0], False
    for found in _WORD.finditer(text, span[0], span[1]):
        word = fold(found.group())
        if word in dates or word.rstrip("er").isdigit():
            dated = True
        elif word in _BEFORE_DATE:
            continue  # "le" counts only once a date follows it
        elif not (dated and word in _AFTER_DATE):
            break
        start = found.end()
    while start < span[1] and text[start].isspace():
        start += 1
    return (start, span[1]) if dated and start < span[1] else span


def identity(word: str) -> str:
    """The key a name is known by: folded, without accents, without an elided article
    ("L'Élysée" and "Elysée" are one)."""
    word = fold(word)
    word = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    for article in ("l'", "d'"):
        if word.startswith(article) and len(word) > len(article):
            word = word[len(article) :]
    return word
