"""A bound on the length of a sentence, where the article is cut into sentences.

Every reader of a sentence looks at its words once per cue, per quotation or per source in
it, so the work on one sentence grows with the square (or the cube) of its length. Real
sentences are short: the longest of the corpus's 29,000 is 983 characters (164 words), a
quotation of several sentences read as one. A pasted text with no full stop, or a run of
« …, a dit X, » with no end (hostile55), made one sentence of the whole article, and a
2,000-word text took 19 s to 60 s and hundreds of MB. A sentence longer than
``MAX_SENTENCE_CHARS`` is cut into pieces no longer than it, each at its last clause break
(a comma, a semicolon or a colon) past its middle, else at its last space there, else
where the bound falls: the work per piece is bounded, so the whole is linear in the text.
"""

from __future__ import annotations

MAX_SENTENCE_CHARS = 2000  # twice the corpus's longest sentence (983 characters)
_CLAUSE_BREAKS = (", ", "; ", ": ")

Span = tuple[int, int]


def bounded(text: str, cuts: list[Span], limit: int = MAX_SENTENCE_CHARS) -> list[Span]:
    """``cuts`` with every span longer than ``limit`` cut into pieces no longer than it."""
    if all(end - start <= limit for start, end in cuts):
        return cuts  # every real sentence: nothing to do
    pieces: list[Span] = []
    for start, end in cuts:
        while end - start > limit:
            at = _cut_at(text, start, start + limit)
            pieces.append(stripped(text, start, at))
            start = stripped(text, at, end)[0]
        pieces.append((start, end))
    return [piece for piece in pieces if piece[0] < piece[1]]


def _cut_at(text: str, start: int, end: int) -> int:
    """Where a piece of ``text[start:end]`` ends: after its last clause break or at its last
    space in the second half, else at ``end``."""
    middle = start + (end - start) // 2
    clause = max(text.rfind(mark, middle, end) for mark in _CLAUSE_BREAKS)
    if clause >= 0:
        return clause + 1  # the comma stays with the clause it closes
    space = max(text.rfind(" ", middle, end), text.rfind("\n", middle, end))
    return space if space > start else end


def stripped(text: str, start: int, end: int) -> Span:
    """The span without the white space at its two ends (``segment`` trims its cuts with it
    too: one helper, mend55g)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
