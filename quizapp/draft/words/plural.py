"""The written plural mark of a noun, a final « s » or « x » (« élus », « journaux »): one test
that a dozen readers of the drafter wrote apart (tidy53), its letters read from the lexicon
(``plural_marks``) so that the data says what a plural ends with, not each rule."""

from __future__ import annotations

from functools import cache

from quizapp.draft.words.lexicon import load


@cache
def _marks() -> tuple[str, ...]:
    """The lexicon's plural letters, read once: every noun test of a draft asks for them."""
    return tuple(load("fr").raw["plural_marks"])


def written_plural(word: str) -> bool:
    """Whether ``word`` ends with a plural mark (« élus », « journaux », "officials"): only
    what it is written with, not whether it is a noun; the English readers share the test, as
    they did when each wrote it."""
    return word.endswith(_marks())


def singular_of(word: str) -> str:
    """``word`` without its plural mark (« élus » → « élu »), or "" when it has none."""
    return word[:-1] if written_plural(word) else ""
