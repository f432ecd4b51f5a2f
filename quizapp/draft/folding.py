"""How a word is looked up in the lexicons: one module of its own so that lexicon.py and
conjugation.py, which expands the verbs, both read it without an import cycle."""

from __future__ import annotations


def fold(word: str) -> str:
    """A word as looked up: lower case, typographic apostrophes made straight."""
    return word.lower().replace("\u2019", "'").replace("\u02bc", "'")
