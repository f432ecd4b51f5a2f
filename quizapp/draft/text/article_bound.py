"""A bound on the text the drafter reads of one article (long55, bounds56).

A news article is a few hundred to a few thousand words (a long feature, 5,000; the corpus's
excerpts, at most 392), which the drafter reads in well under a second; its whole-article
steps grew faster than the text until long55 (the corpus's French articles end to end: 64,000
words took 21 s, 6.4 s after it). long55 bounded the drafter at 20,000 words, while a set's
article held at most 100,000 characters (about 15,000 words of French): the drafter drafted
articles no set could hold. Since bounds56 the bound is the set's own, ``MAX_ARTICLE_CHARS``
characters (drafted in about 1.2 s; 100,000 characters of two-letter words, 0.4 s): every
article a set can hold is drafted whole, and a paste, an opened file and ``quizapp draft``
refuse a longer one. An article typed past it in the editor is drafted up to the last
paragraph end before the bound (else the last word end), and the review says so.
"""

from __future__ import annotations

from quizapp.model.quizset import MAX_ARTICLE_CHARS


def drafted_part(text: str, limit: int = MAX_ARTICLE_CHARS) -> str:
    """``text`` itself when it holds at most ``limit`` characters, else its opening up to the
    last paragraph end before the bound (in the second half of the bound), else up to the
    last space before it: a prefix, so every offset into it is one into ``text``."""
    if len(text) <= limit:
        return text
    paragraph = text.rfind("\n", 0, limit + 1)
    if paragraph >= limit // 2:
        return text[:paragraph].rstrip()
    space = max(text.rfind(" ", 0, limit + 1), text.rfind("\t", 0, limit + 1))
    return text[:space].rstrip() if space > 0 else text[:limit]


def word_count(text: str) -> int:
    """The article's words, as the review counts them (runs of characters between spaces)."""
    return len(text.split())
