"""The words the article reader looks for, read from ``words.json`` beside this module.

They are data, as the drafter's lexicons are, so that a teacher or a translator can extend
them without touching code (review49 found French and English words written in datelines.py).
sets/ may not import the drafter, so these few lists have their own small file.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources


@cache
def _data() -> dict:
    text = resources.files(__package__).joinpath("words.json").read_text(encoding="utf-8")
    return json.loads(text)


def article_words(name: str) -> frozenset[str]:
    """The words of the list ``name``, every language together (a file may mix them)."""
    return frozenset(listed_words(name))


def listed_words(name: str) -> tuple[str, ...]:
    """The words of the list ``name`` in the file's order, every language together: the order
    of a regex alternation, where the first word that fits is the one read (tidy53)."""
    entry = _data()[name]
    return tuple(word for key, words in entry.items() if key != "_note" for word in words)


def word_alternation(name: str) -> str:
    """The list ``name`` as a regex alternation in the file's order, each apostrophe matching a
    straight or a typographic one (« d' », « d’ »)."""
    return "|".join(re.escape(word).replace("'", "['’]") for word in listed_words(name))


def article_word_lists(name: str) -> dict[str, frozenset[str]]:
    """The words of the list ``name`` under each of its keys: a language (« publié le » is
    French, whose numeric dates put the day first) or a role (a mail header's « Objet » gives
    its subject): dates53."""
    entry = _data()[name]
    return {key: frozenset(words) for key, words in entry.items() if key != "_note"}
