"""Where a name stands in an article, found through an index of the article's words built once
(long55).

Several whole-article checks ask, for each name the article holds, where the text writes it
after some words: after a space (``met.mentions_after_space``), after a preposition of place
(``place_names``). Each asked a pattern built of the name to read the whole text, so an article
twice as long, holding twice as many names, cost four times as much: at 32,000 words those
scans were a third of the drafting time. Here the text is read once per prefix: each place a
prefix ends is filed under the word that follows it, and a name's pattern is only tried where
its own first word follows the prefix. The matches are those ``pattern.finditer(text)`` gives
(same starts, same ends, none overlapping an earlier one), so no finding moves.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from quizapp.draft.text.word_patterns import kept_pattern

_FIRST_RUN = re.compile(r"\w+|\S")  # the key a place is filed under: a run of word characters


def first_run(text: str, at: int = 0) -> str:
    """The run of word characters opening at ``at`` (or the one character there that is no
    word character): a name standing there opens on its own first run, or on a longer one
    that its pattern's closing boundary refuses anyway."""
    found = _FIRST_RUN.match(text, at)
    return found.group() if found else ""


@lru_cache(maxsize=8)
def _index(text: str, prefix: str, flags: int) -> dict[str, list[int]]:
    """Where ``prefix`` matches in ``text``, filed under the first run after it (lowered when
    the name is matched ignoring case): built once per article and prefix."""
    index: dict[str, list[int]] = {}
    lowered = bool(flags & re.IGNORECASE)
    for found in kept_pattern(prefix, flags).finditer(text):
        key = first_run(text, found.end())
        index.setdefault(key.lower() if lowered else key, []).append(found.start())
    return index


def name_matches(
    text: str, prefix: str, name: str, pattern: re.Pattern[str], flags: int = 0
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a ``pattern`` that is ``prefix`` then ``name`` (then
    any test of what follows), read only where ``prefix`` ends before ``name``'s first run.
    ``prefix`` must match where ``pattern`` does and its matches must not overlap; ``flags``
    are the prefix's and say whether the name is matched ignoring case."""
    key = first_run(name)
    starts = _index(text, prefix, flags).get(key.lower() if flags & re.IGNORECASE else key, ())
    end = -1
    for start in starts:
        if start < end:
            continue  # finditer goes on after a match's end
        found = pattern.match(text, start)
        if found is not None:
            end = max(found.end(), start + 1)
            yield found
