"""Where a run of lines with no blank line between them holds its paragraphs.

A plain text marks its paragraphs with blank lines, or it does not. Two shapes reach the
editor without them (paste50): a text copied from a web page has one paragraph per line, its
lines ending sentences (shape a); a text copied from a PDF or an e-mail is hard-wrapped at a
fixed width, its lines mostly ending inside a sentence (shape b). Reading each line of shape b
as a paragraph cut sentences, quotations and « a-t-il déclaré » apart; reading the whole run as
one paragraph (what a headline's blank line above it made of either shape) lost every
paragraph the article has. The run says which shape it is: a line end inside a sentence is a
wrap, and a run whose long lines (near the run's width, none far longer) mostly end inside a
sentence is shape b (mend50a: counting every line end read a web copy's short lines, its
standfirst, byline, subheads and captions, as wraps). Its paragraphs end where a line
ends a sentence and is short (the next line's first word would have fitted on it: the wrap
did not end that line, the writer did), or where a line is far shorter than the wrap (a
subhead, a byline, an item of a list). Word files (word_file.py) use the same line-end test.
"""

from __future__ import annotations

import re
from itertools import pairwise

SENTENCE_ENDS = (".", "!", "?", "…", ":")
CLOSERS = " \u00a0\u202f»”\"’')]"  # a closing mark after the end of a sentence
WIDTH_RANK = 0.75  # the wrap's width: the line this far up the run's lengths
SHORT_LINE = 0.6  # of the wrap's width: a line this short ends a paragraph in a wrapped run
LONG_LINE = 0.8  # of the run's width: a line this long is full, if the run is wrapped
WRAP_SPREAD = 1.3  # of the run's width: no line of a wrapped run is longer than this
_QUOTE_CLOSERS = "»”\"’'"
_LIST_ITEM = re.compile(r"[-–—•*·]\s")  # a list's item: the line before it ended there
_INITIAL = re.compile(r"(?:^|\s)[A-ZÀ-Þ]\.$")  # « Jean R. » ends no sentence

Span = tuple[int, int]


def ends_sentence(line: str) -> bool:
    """The line ends on a sentence's final mark, maybe before closing marks."""
    bare = line.rstrip(CLOSERS)
    return bare.endswith(SENTENCE_ENDS) and not _INITIAL.search(bare)


def mostly_cut(lines: list[str]) -> bool:
    """Most of the run's long line ends fall inside a sentence: the run is hard-wrapped. Only
    the lines near the run's width count (``LONG_LINE``), and no line may be far longer
    (``WRAP_SPREAD``: the wrap bounds them): a web copy's headline, standfirst,
    byline, date, subheads, captions and list items are short and end on no mark, and
    counting them read a web page as wrapped and glued its paragraphs (mend50a); a wrap's
    full lines are its long ones, and they end inside sentences."""
    ends = lines[:-1]
    if not ends:
        return False
    lengths = sorted(len(line) for line in ends)
    width = lengths[int(WIDTH_RANK * (len(lengths) - 1))]
    if lengths[-1] > WRAP_SPREAD * width:  # a wrap bounds every line; paragraphs differ
        return False
    items = {n for n, line in enumerate(lines[1:]) if _LIST_ITEM.match(line)}
    long = [
        line for n, line in enumerate(ends) if len(line) >= LONG_LINE * width and n not in items
    ]
    cut = sum(not ends_sentence(line) for line in long)
    return cut * 2 > len(long)


def line_spans(text: str, start: int, end: int) -> list[Span]:
    """The non-empty lines of ``text[start:end]``, without the spaces at their two ends."""
    spans = []
    for found in re.finditer(r"[^\n]*\S[^\n]*", text[start:end]):
        piece = found.group()
        left = start + found.start() + len(piece) - len(piece.lstrip())
        spans.append((left, start + found.start() + len(piece.rstrip())))
    return spans


def run_paragraphs(text: str, lines: list[Span], join_all: bool, first: bool) -> list[Span]:
    """The paragraphs of a run of ``lines`` (spans into ``text``) with no blank line between
    them, each from its first line's start to its last line's end. ``join_all``: the text
    marks its paragraphs with blank lines, so a wrapped run is one paragraph (as before
    paste50). ``first``: the run opens the text, and its first line (the headline) never
    joins the next unless a sentence goes on there."""
    words = [text[s:e] for s, e in lines]
    breaks = _line_breaks(words, join_all)
    if first and len(words) > 1 and not _goes_on(words[1]):
        breaks[0] = True
    paragraphs, opened = [], lines[0][0]
    for index, cut in enumerate(breaks):
        if cut:
            paragraphs.append((opened, lines[index][1]))
            opened = lines[index + 1][0]
    paragraphs.append((opened, lines[-1][1]))
    return paragraphs


def _line_breaks(words: list[str], join_all: bool) -> list[bool]:
    """For each line but the last, whether a paragraph ends with it."""
    pairs = list(pairwise(words))
    if not mostly_cut(words):  # shape a: a line per paragraph, but a sentence going on joins
        return [not (_goes_on(after) and _open(line)) for line, after in pairs]
    if join_all:
        return [False] * len(pairs)
    width = _wrap_width(words)
    return [_written_end(line, after, width) for line, after in pairs]


def _wrap_width(words: list[str]) -> int:
    """The width the run was wrapped at, as its lines that end inside a sentence show it
    (the wrap ended those, so they are full): the line three quarters up their lengths, not
    the longest (a PDF's lines differ by a few characters, and a line deemed short by
    mistake cuts a paragraph), nor the middle one (a headline or a subhead with no final
    mark is short, and pulls it down in a short run)."""
    lengths = sorted(len(line) for line in words[:-1] if not ends_sentence(line))
    return lengths[int(WIDTH_RANK * (len(lengths) - 1))]


def _written_end(line: str, after: str, width: int) -> bool:
    """A wrapped run's line that its writer ended, not the wrap: a sentence ends on it and
    the next line's first word would have fitted, or it is far shorter than the wrap."""
    if _goes_on(after):
        return False
    if _LIST_ITEM.match(after):
        return True
    fits = len(line) + 1 + len(after.split(None, 1)[0]) <= width
    return (ends_sentence(line) and fits) or len(line) <= SHORT_LINE * width


def _open(line: str) -> bool:
    """The line leaves its sentence open: no final mark, or one inside a quotation that
    closes after it (« …fin. » before « a-t-il déclaré »); a bare final mark before a small
    letter is a paragraph opening on one ("iPhone sales…")."""
    return not ends_sentence(line) or line.rstrip(" \u00a0\u202f")[-1:] in _QUOTE_CLOSERS


def _goes_on(line: str) -> bool:
    """The line opens on a small letter: the sentence of the line before goes on
    (« a-t-il déclaré », "she said")."""
    return line[:1].islower()
