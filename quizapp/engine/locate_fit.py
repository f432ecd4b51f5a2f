"""How well a learner's selection fits a locate question's answer passage, and why not.

A selection counts when it covers at least half of an answer passage *and* lies mostly within
it: one word of a five-word passage is too short, a whole paragraph around it is too broad.
The fit keeps the figures (words of the passage selected, words selected in all) so that the
feedback can say which of the two failed in numbers a student can act on.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from quizapp.model.text import find_passage, overlap

MIN_PASSAGE_COVERED = 0.5  # share of the passage the selection must cover
MIN_SELECTION_INSIDE = 0.5  # share of the selection that must lie in the passage (more than)

_WORD = re.compile(r"\S+")
_EDGE_MARKS = frozenset(",;:.!?…·—–-")  # punctuation a selection takes past a word's edge
_PAIRS = {"«": "»", "“": "”", "‘": "’", "(": ")", "[": "]", '"': '"'}
_CLOSERS = {closer: opener for opener, closer in _PAIRS.items()}

Span = tuple[int, int]


class Fit(enum.Enum):
    """The outcome of comparing a selection with the answer passage it comes closest to."""

    RIGHT = "right"
    TOO_SHORT = "too_short"  # inside the passage, but less than half of it
    TOO_BROAD = "too_broad"  # covers the passage, but mostly text around it
    ELSEWHERE = "elsewhere"  # shares nothing with any answer passage


@dataclass(frozen=True)
class LocateFit:
    """The selection against its closest answer passage, in characters and in words."""

    fit: Fit
    passage: Span | None  # the closest answer passage found in the article
    passage_words: int = 0
    covered_words: int = 0  # words of the passage the selection touches
    selected_words: int = 0


def _words(text: str, span: Span) -> list[Span]:
    """The spans of the words (runs of non-space holding a letter or digit) inside ``span``."""
    return [
        (m.start(), m.end())
        for m in _WORD.finditer(text, span[0], span[1])
        if any(ch.isalnum() for ch in m.group())
    ]


def _trimmed(text: str, span: Span) -> Span:
    """``span`` without the spaces at its ends (a double-click often takes the one after)."""
    start, end = max(0, span[0]), min(len(text), span[1])
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _loose_edge(text: str, start: int, end: int, at: int) -> bool:
    """Whether ``text[at]``, at an edge of ``text[start:end]``, is no part of the words held:
    a space, punctuation (not an abbreviation's point, « U.S. »), or a quote or bracket whose
    partner is not selected with it (« «Faux» » keeps both guillemets)."""
    char = text[at]
    if char.isspace():
        return True
    if char == ".":
        word = text[text.rfind(" ", start, at) + 1 : at]
        return "." not in word
    if char in _EDGE_MARKS:
        return True
    inner = text[start:end]
    if char == '"':
        return inner.count('"') % 2 == 1
    partner = _PAIRS.get(char) if at == start else _CLOSERS.get(char)
    return partner is not None and partner not in inner


def words_held(text: str, span: Span) -> Span:
    """``span`` narrowed to the words it holds: the spaces and punctuation a keyboard or a
    mouse selection takes at its edges (Ctrl+Shift+Right takes the space after a word) left
    out, so the learner's passage is shown as « sud-africain et », not « sud-africain et  ».
    A span holding no word at all is kept, only its spaces trimmed."""
    start, end = _trimmed(text, span)
    while start < end and _loose_edge(text, start, end, start):
        start += 1
    while end > start and _loose_edge(text, start, end, end - 1):
        end -= 1
    return (start, end) if start < end else _trimmed(text, span)


def _ways_to_read(text: str, selection: Span) -> list[Span]:
    """The selection as taken, and narrowed to its words at its start, its end or both: the
    best of these is judged, so leaving out the edges can never make an answer worse."""
    taken, held = _trimmed(text, selection), words_held(text, selection)
    return [taken, (held[0], taken[1]), (taken[0], held[1]), held]


def _fit_one(text: str, selection: Span, passage: Span) -> LocateFit:
    shared = overlap(selection, passage)
    passage_words = _words(text, passage)
    selected_words = _words(text, selection)
    covered = sum(1 for word in passage_words if overlap(word, selection) > 0)
    figures = (len(passage_words), covered, len(selected_words))
    length, selected = passage[1] - passage[0], selection[1] - selection[0]
    if shared == 0:
        return LocateFit(Fit.ELSEWHERE, passage, *figures)
    if shared < MIN_PASSAGE_COVERED * length:
        return LocateFit(Fit.TOO_SHORT, passage, *figures)
    if shared <= MIN_SELECTION_INSIDE * selected:
        return LocateFit(Fit.TOO_BROAD, passage, *figures)
    return LocateFit(Fit.RIGHT, passage, *figures)


def locate_fit(answer: list[str], selection: Span, text: str) -> LocateFit:
    """The fit of ``selection`` against the answer passage it shares the most with."""
    selection = _trimmed(text, selection)
    found = [span for passage in answer if (span := find_passage(text, passage)) is not None]
    if not found or selection[0] >= selection[1]:
        return LocateFit(Fit.ELSEWHERE, found[0] if found else None)
    ways = _ways_to_read(text, selection)
    right = [
        fit for span in found for way in ways if (fit := _fit_one(text, way, span)).fit is Fit.RIGHT
    ]
    if right:
        return right[0]
    fits = [_fit_one(text, selection, span) for span in found]
    return max(fits, key=lambda fit: overlap(selection, fit.passage or (0, 0)))
