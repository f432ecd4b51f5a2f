"""An article's paragraphs tidied, with where each character came from in the file.

The editor and the drafter work on a tidy text (paragraphs separated by one blank line,
hard-wrapped lines joined, runs of spaces made one). Someone who checks `quizapp draft
--analysis` reads the file as it is, so the drafter's offsets are carried back to the file's
own text through the positions kept here: every tidy character knows its index in the file.
"""

from __future__ import annotations

import re

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_SPACE_RUN = re.compile(r"[ \t\n]{2,}")  # inside a paragraph a line break is a space


def file_line_ends(text: str) -> str:
    """``text`` with Windows and old Mac line ends made ``\\n``, as Python reads a text file."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def tidy_paragraphs(text: str) -> tuple[str, list[int]]:
    """The tidy text of ``text`` (line ends already ``\\n``) and, per tidy character, its index
    in ``text``. A text that already separates paragraphs by blank lines has its hard-wrapped
    lines joined; otherwise each line is a paragraph (how web pages and Word files come out)."""
    pieces = _piece_ranges(text)
    chars: list[str] = []
    positions: list[int] = []
    for start, end in pieces:
        piece_chars, piece_positions = _tidy_piece(text, start, end)
        if not piece_chars:
            continue
        if chars:
            chars += ["\n", "\n"]
            positions += [positions[-1] + 1] * 2
        chars += piece_chars
        positions += piece_positions
    return "".join(chars), positions


def map_span(positions: list[int], span: tuple[int, int]) -> tuple[int, int]:
    """A tidy span as a span of the file's text (it covers the same words)."""
    start, end = span
    if end <= start:
        return (positions[start], positions[start]) if start < len(positions) else span
    return positions[start], positions[end - 1] + 1


def _piece_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph before tidying: blocks between blank lines, or lines."""
    separator = _BLANK_LINE if _BLANK_LINE.search(text.strip()) else re.compile("\n")
    ranges, start = [], 0
    for found in separator.finditer(text):
        ranges.append((start, found.start()))
        start = found.end()
    ranges.append((start, len(text)))
    return ranges


def _tidy_piece(text: str, start: int, end: int) -> tuple[list[str], list[int]]:
    """One paragraph's characters, its line breaks as spaces and space runs as one, trimmed."""
    chars: list[str] = []
    positions: list[int] = []
    at = start
    for run in _SPACE_RUN.finditer(text, start, end):
        _copy(text, at, run.start(), chars, positions)
        chars.append(" ")
        positions.append(run.start())
        at = run.end()
    _copy(text, at, end, chars, positions)
    first = next((i for i, char in enumerate(chars) if not char.isspace()), len(chars))
    last = next((i for i in range(len(chars) - 1, -1, -1) if not chars[i].isspace()), -1)
    return chars[first : last + 1], positions[first : last + 1]


def _copy(text: str, start: int, end: int, chars: list[str], positions: list[int]) -> None:
    chars.extend(" " if char == "\n" else char for char in text[start:end])
    positions.extend(range(start, end))
