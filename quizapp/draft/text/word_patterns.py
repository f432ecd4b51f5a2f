"""Patterns of words: the few word shapes many modules read, written once here, and the
patterns built of one word an article writes (an office's noun, a body's head word, a
title), kept per pattern for the whole process rather than left to re's own cache."""

from __future__ import annotations

import re
from functools import lru_cache

# A word with the apostrophes and hyphens it holds (« aujourd'hui », « porte-parole »)
WORD_WITH_MARKS = re.compile(r"[\w'’-]+")
# A word that opens on a letter: a figure is none (« le 3 mai 2024 »: le, mai)
WORD_FROM_LETTER = re.compile(r"[^\W\d_][\w'’-]*")
# What splits a phrase into words, an elision's apostrophe included (« l'État »: l, État)
WORD_BREAKS = re.compile(r"[\s'’]+")
# A French elided article, pronoun or conjunction opening a word (« l' », « d' », « qu' »), the
# part a word list does not hold (« l'État »: État)
ELIDED_OPENING = re.compile(r"^(?:[ldjnmtsc]|qu)['’]", re.IGNORECASE)


@lru_cache(maxsize=4096)
def kept_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, compiled once per process. re keeps 512 patterns and
    drops the oldest first; every pattern built of an article's words takes a place, so one
    built of a word many articles write (« maire », "council") was compiled again in each,
    and pushed the drafter's fixed patterns out of re's cache on the way (speed46)."""
    return re.compile(source, flags)
