"""Patterns built of one word an article writes (an office's noun, a body's head word, a
title), kept per pattern for the whole process rather than left to re's own cache."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=4096)
def kept_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, compiled once per process. re keeps 512 patterns and
    drops the oldest first; every pattern built of an article's words takes a place, so one
    built of a word many articles write (« maire », "council") was compiled again in each,
    and pushed the drafter's fixed patterns out of re's cache on the way (speed46)."""
    return re.compile(source, flags)
