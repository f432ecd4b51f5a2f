"""An article's paragraphs tidied, with where each character came from in the file.

The editor and the drafter work on a tidy text (paragraphs separated by one blank line,
hard-wrapped lines joined, runs of spaces made one). Someone who checks `quizapp draft
--analysis` reads the file as it is, so the drafter's offsets are carried back to the file's
own text through the positions kept here: every tidy character knows its index in the file.
"""

from __future__ import annotations

import re

from quizapp.sets.articles.line_shapes import line_spans, run_paragraphs

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_SPACE_RUN = re.compile(r"[ \t\n]{2,}")  # inside a paragraph a line break is a space


def file_line_ends(text: str) -> str:
    """``text`` with Windows and old Mac line ends made ``\\n``, as Python reads a text file."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


# the characters a YAML file cannot hold (control characters but tab and line ends, lone
# surrogates): a NUL in a .txt made ``quizapp draft`` end on « internal error » (hostile55)
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


# a page break (pdftotext ends each page on one) with the spaces or line end beside it: each
# character a line end, so that the page's last paragraph ends there (mend55g)
_PAGE_BREAK = re.compile("[ \t\n]?\x0c[ \t\n]?")


def printable(text: str) -> str:
    """``text`` with each character a set file cannot hold made a space, one for one, so that
    offsets into it stay offsets into the file. A page break becomes a line end, and a blank
    line when a space or a line end stands beside it (« …la mairie.\n\fLes travaux… », as
    pdftotext writes it): a paragraph ends with its page, which a space ran into the next."""
    text = _PAGE_BREAK.sub(lambda found: "\n" * len(found.group()), text)
    return _UNPRINTABLE.sub(" ", text)


def first_line(text: str) -> str:
    """The text's first line that holds anything, stripped and cut to 300 characters: the
    headline an article's fields take when nothing better names it."""
    return next((line.strip() for line in text.splitlines() if line.strip()), "")[:300]


def has_headline(file_text: str) -> bool:
    """A plain-text article states its headline as a first line followed by a blank line."""
    lines = file_text.split("\n", 2)
    return len(lines) > 2 and bool(lines[0].strip()) and not lines[1].strip()


def tidy_paragraphs(text: str, positions: bool = True) -> tuple[str, list[int]]:
    """The tidy text of ``text`` (line ends already ``\\n``) and, per tidy character, its index
    in ``text`` (an empty list when ``positions`` is false: the editor needs only the text, and
    a list of one number per character of a 5 MB article is large). A text that already
    separates paragraphs by blank lines has its hard-wrapped lines joined; otherwise each line
    is a paragraph (how web pages and Word files come out)."""
    parts: list[str] = []
    where: list[int] | None = [] if positions else None
    for start, end in _piece_ranges(text):
        start, end = _trimmed(text, start, end)
        if start >= end:
            continue
        if parts:
            parts.append("\n\n")
            if where is not None:
                where += [where[-1] + 1] * 2
        _tidy_piece(text, start, end, parts, where)
    return "".join(parts), where or []


def map_span(positions: list[int], span: tuple[int, int]) -> tuple[int, int]:
    """A tidy span as a span of the file's text (it covers the same words)."""
    start, end = span
    if end <= start:
        return (positions[start], positions[start]) if start < len(positions) else span
    return positions[start], positions[end - 1] + 1


def _piece_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph before tidying: the blocks between blank lines, each
    cut where its lines say a paragraph ends (line_shapes.py: a text with no blank line, or
    only the headline's, holds one paragraph per line or hard-wrapped paragraphs)."""
    blocks, start = [], 0
    for found in _BLANK_LINE.finditer(text):
        blocks.append((start, found.start()))
        start = found.end()
    blocks.append((start, len(text)))
    runs = [lines for block in blocks if (lines := line_spans(text, *block))]
    join_all = _marks_paragraphs(runs)
    ranges = []
    for index, lines in enumerate(runs):
        ranges += run_paragraphs(text, lines, join_all, first=index == 0 and not join_all)
    return ranges


def _marks_paragraphs(runs: list[list[tuple[int, int]]]) -> bool:
    """A blank line stands between two paragraphs of the body, not only under the headline:
    the text marks its paragraphs that way, and a hard-wrapped run is one paragraph."""
    body = runs[1:] if runs and len(runs[0]) == 1 else runs
    return len(body) > 1


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph without the white space at its two ends."""
    piece = text[start:end]
    return start + len(piece) - len(piece.lstrip()), end - (len(piece) - len(piece.rstrip()))


def _tidy_piece(text: str, start: int, end: int, parts: list[str], where: list[int] | None) -> None:
    """One trimmed paragraph, its line breaks as spaces and its space runs as one space."""
    at = start
    for run in _SPACE_RUN.finditer(text, start, end):
        _copy(text, at, run.start(), parts, where)
        parts.append(" ")
        if where is not None:
            where.append(run.start())
        at = run.end()
    _copy(text, at, end, parts, where)


def _copy(text: str, start: int, end: int, parts: list[str], where: list[int] | None) -> None:
    parts.append(text[start:end].replace("\n", " "))
    if where is not None:
        where.extend(range(start, end))
