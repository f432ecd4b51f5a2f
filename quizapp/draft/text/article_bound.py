"""A bound on the words the drafter reads of one article (long55).

A news article is a few hundred to a few thousand words (a long feature, 5,000; the corpus's
excerpts, at most 392), which the drafter reads in well under a second; its whole-article
steps grew faster than the text until long55 (the corpus's French articles end to end: 64,000
words took 21 s, 6.4 s after it). A teacher who opens a whole report, a book chapter or a 5 MB
file meant for something else should not wait minutes for a draft: the first
``MAX_DRAFT_WORDS`` words are drafted, cut at the last paragraph end before the bound (else at
the bound's word), and the editor and ``quizapp draft`` say so. The set keeps the whole
article; the findings lie in its first part, at the same offsets.
"""

from __future__ import annotations

import re

MAX_DRAFT_WORDS = 20_000  # ten times a long article; about 1.5 s of drafting (long55 section)
_WORD = re.compile(r"\S+")


def drafted_part(text: str, limit: int = MAX_DRAFT_WORDS) -> str:
    """``text`` itself when it holds at most ``limit`` words, else its opening up to the last
    paragraph end before the word past the bound (in the second half of the bound), else up
    to the bound's last word: a prefix, so every offset into it is one into ``text``."""
    end = -1
    for count, word in enumerate(_WORD.finditer(text), 1):
        if count > limit:
            break
        end = word.end()
    else:
        return text
    paragraph = text.rfind("\n", 0, end)
    if paragraph > 0 and len(text[:paragraph].split()) >= limit // 2:
        return text[:paragraph].rstrip()
    return text[:end]


def word_count(text: str) -> int:
    """The article's words, as the bound counts them (runs of characters between spaces)."""
    return len(text.split())
