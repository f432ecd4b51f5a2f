"""What a drafter of one article keeps from one comparison of two speakers to the next
(long55). Each question's options compare every pair of its other speakers, with their name
words and the roles the article gives them; a long article's questions compared the same
pairs again and again, and read the same names again at each comparison: 114 s for the
questions of a 3,800-word article, 1.5 s once each pair and each name is read once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache, wraps
from typing import Any

from quizapp.draft.words.lexicon import load


def per_pair(compare: Callable[[Any, str, str], bool]) -> Callable[[Any, str, str], bool]:
    """A comparison of two speakers, worked out once per pair for the drafter of one article:
    each question's options compare every pair of its other speakers, so a long article's
    questions compared the same pairs again and again (long55: 4,663 pairs, 8 s of 12 at
    1,800 words under the profiler). The article's speakers do not change while its
    questions are drafted."""
    name = f"_{compare.__name__}_pairs"

    @wraps(compare)
    def kept(drafter: Any, one: str, other: str) -> bool:
        pairs = drafter.__dict__.setdefault(name, {})
        found = pairs.get((one, other))
        if found is None:
            found = pairs[(one, other)] = compare(drafter, one, other)
        return found

    return kept


def per_speaker(read: Callable[[Any, str], Any]) -> Callable[[Any, str], Any]:
    """A reading of one speaker, worked out once for the drafter of one article: the pairs
    of speakers ask it of both sides (cancel56: a long article's 275 speakers, read again at
    each of their 37,000 pairs)."""
    name = f"_{read.__name__}_speakers"

    @wraps(read)
    def kept(drafter: Any, speaker: str) -> Any:
        known = drafter.__dict__.setdefault(name, {})
        if speaker not in known:
            known[speaker] = read(drafter, speaker)
        return known[speaker]

    return kept


@lru_cache(maxsize=65536)
def capitalised_names(speaker: str, language: str) -> frozenset[str]:
    """The capitalised words of a speaker, lowered, but function words and titles: the words
    two forms of one person share (``DraftBase.name_words``). Read once per speaker, not at
    each of the hundreds of thousands of comparisons a long article's options made (long55)."""
    lex = load(language)
    skipped = {w.lower() for w in lex.words("function_words")}
    titles = lex.word_set("titles")
    words = re.findall(r"\w+", speaker)
    capitalised = {w.lower() for w in words if w[:1].isupper() and len(w) > 2}
    return frozenset(w for w in capitalised - skipped if w not in titles and w + "." not in titles)
