"""The small pieces of GIFT syntax: escapes, text-format markers, and single answers.

Escapes are swapped for private-use characters before any parsing, as Moodle does, so that an
escaped ``\\=`` or ``\\{`` can never be taken for syntax. Each escape becomes two characters
(a marker and a code) so offsets in the protected text still point at the right column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from quizapp.interchange.bank import partial_credit_note
from quizapp.interchange.plaintext import render_plain

_MARK = "\ue000"
_CODES = {":": "\ue001", "#": "\ue002", "=": "\ue003", "{": "\ue004", "}": "\ue005"}
_CODES |= {"~": "\ue006", "n": "\ue007", "\\": "\ue008"}
_RELEASE = str.maketrans(
    {_MARK: None} | {code: ("\n" if char == "n" else char) for char, code in _CODES.items()}
)
_ESCAPE = re.compile(r"\\([:#={}~n\\])")
_FORMAT_MARKER = re.compile(r"^\[(html|moodle|plain|markdown)\]")
_CHOICE_CUTS, _MATCH_CUTS = re.compile("[~=]"), re.compile("=")
_WEIGHT = re.compile(r"^%(-?[0-9]{1,3}(?:\.[0-9]*)?)%")

# The characters GIFT gives a meaning to, and how they are written as plain text.
GIFT_ESCAPES = {"\\": "\\\\", ":": "\\:", "#": "\\#", "=": "\\=", "{": "\\{", "}": "\\}"}
GIFT_ESCAPES |= {"~": "\\~", "\n": "\\n"}
_ESCAPE_TABLE = str.maketrans(GIFT_ESCAPES)


def protect_escapes(text: str) -> str:
    return _ESCAPE.sub(lambda match: _MARK + _CODES[match.group(1)], text)


def release_escapes(text: str) -> str:
    return text.translate(_RELEASE) if _MARK in text else text


def escape_gift(text: str) -> str:
    """Write plain text so that GIFT reads it back unchanged."""
    return text.translate(_ESCAPE_TABLE)


@dataclass(frozen=True)
class FormattedText:
    """A piece of GIFT text made plain, the Moodle format it was in, and what was lost."""

    text: str
    fmt: str
    notes: list[str] = field(default_factory=list)


def read_formatted(source: str, default_fmt: str = "moodle") -> FormattedText:
    """Strip a leading ``[html]``-style marker and render the text in its format as plain text."""
    source = source.strip()
    marker = _FORMAT_MARKER.match(source)
    fmt = marker.group(1) if marker else default_fmt
    body = release_escapes(source[marker.end() :] if marker else source)
    text, notes = render_plain(body, fmt)
    return FormattedText(text, fmt, notes)


@dataclass(frozen=True)
class MoodleAnswer:
    """One answer of a brace block: its ``=``/``~`` marker, its weight, and the rest as written."""

    marker: str
    weight: float
    raw: str
    offset: int

    def option(self, fmt: str, single: bool) -> tuple[dict[str, Any], list[str]]:
        """The quizapp option for this answer, and notes on what Moodle meant that is lost."""
        answer_source, _, feedback_source = self.raw.partition("#")
        answer = read_formatted(answer_source, fmt)
        feedback = read_formatted(feedback_source, fmt) if feedback_source.strip() else None
        correct = self.weight >= 1 if single else self.weight > 0
        option: dict[str, Any] = {"text": answer.text, "correct": correct}
        if feedback and feedback.text:
            option["feedback"] = feedback.text
        notes = answer.notes + (feedback.notes if feedback else [])
        if single and 0 < self.weight < 1:
            notes.append(partial_credit_note(f"{self.weight:.0%}", answer.text))
        return option, notes


def split_answers(answers: str, base: int, kind: str) -> list[MoodleAnswer]:
    """Cut a brace block into answers where Moodle cuts it: before each ``~``/``=`` (choices),
    at each ``=`` (matching), nowhere (true/false)."""
    if kind == "truefalse":
        return [MoodleAnswer("", 1.0, answers, base)]
    separators = _CHOICE_CUTS if kind == "multichoice" else _MATCH_CUTS
    cuts = [found.start() for found in separators.finditer(answers)]
    if not cuts or cuts[0] != 0:
        cuts.insert(0, 0)
    pieces = []
    for start, end in zip(cuts, [*cuts[1:], len(answers)], strict=True):
        piece = answers[start:end]
        if piece.strip():
            pieces.append(_answer(piece, base + start, kind))
    return pieces


def _answer(piece: str, offset: int, kind: str) -> MoodleAnswer:
    marker = piece[0] if piece[0] in "~=" else ""
    body = piece[len(marker) :].strip()
    if kind != "multichoice":
        return MoodleAnswer(marker, 1.0, body, offset)
    if marker == "=":
        return MoodleAnswer(marker, 1.0, body, offset)
    weight = _WEIGHT.match(body)
    if weight:
        return MoodleAnswer(marker, float(weight.group(1)) / 100, body[weight.end() :], offset)
    return MoodleAnswer(marker, 0.0, body, offset)
