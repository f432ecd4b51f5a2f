"""Finding, in the text itself, the mistake behind a YAML parser error.

The parser stops where it can no longer go on, which is often lines after the mistake (an
article pasted with only its first line indented) and always in its own terms. Teachers make
a handful of mistakes again and again; each function here recognises one of them from the
lines around the parser's stop, and says where it IS and what to write instead. Every message
comes from the catalogue (``say``), in the user's language.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from quizapp.sets.catalog import say


@dataclass(frozen=True)
class ParserStop:
    """Where and why the parser stopped (0-based), with the text's lines."""

    lines: list[str]
    line: int
    col: int
    problem: str
    context: str
    context_line: int

    def at(self, line: int) -> str:
        return self.lines[line] if 0 <= line < len(self.lines) else ""

    def window(self) -> range:
        """The lines that can hold the mistake: from the parser's context to its stop."""
        first = max(0, min(self.context_line, self.line) - 1)
        return range(first, min(self.line + 1, len(self.lines)))


@dataclass(frozen=True)
class Diagnosis:
    """A message in the user's language and the 0-based place of the mistake."""

    message: str
    line: int
    col: int


_KEY_LINE = re.compile(r"^(?P<indent> *)(?P<dash>- +)?(?P<key>[A-Za-z_][\w-]*) *:(?: |$)")
_BLOCK_HEADER = re.compile(r"^(?P<indent> *)(?:- +)?(?P<key>[\w-]+) *: *[|>][-+0-9]* *(?:#.*)?$")
_CURLY_OPENERS = "“”„‘’"
_VALUE_START = re.compile(r"^ *(?:- +)?(?:[\w-]+ *: +|- +)")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _is_content(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def tab_in_indentation(stop: ParserStop) -> Diagnosis | None:
    """A tab where YAML expects spaces, on any line up to the parser's stop."""
    for number in range(min(stop.line + 1, len(stop.lines))):
        line = stop.lines[number]
        lead = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in lead:
            message = say(
                "yaml_tab",
                "this line is indented with a tab: indent with spaces only "
                "(most editors can turn tabs into spaces)",
            )
            return Diagnosis(message, number, lead.index("\t"))
    return None


def unindented_block_line(stop: ParserStop) -> Diagnosis | None:
    """A multi-line text (``text: |``) whose later lines were pasted without indentation."""
    for number in range(stop.line, -1, -1):
        header = _BLOCK_HEADER.match(stop.at(number))
        if header is None:
            continue
        outdented = _first_outdented_line(stop, number, len(header["indent"]))
        if outdented is not None and outdented <= stop.line:
            message = say(
                "yaml_block_outdented",
                "the lines of the text after '{key}: |' must all be indented under it, like "
                "its first line; this one is not (or paste the article in the editor)",
                key=header["key"],
            )
            return Diagnosis(message, outdented, 0)
        return None
    return None


def _first_outdented_line(stop: ParserStop, header: int, header_indent: int) -> int | None:
    """The first line after a block's indented content that is not a ``key:`` line."""
    content = [n for n in range(header + 1, len(stop.lines)) if _is_content(stop.lines[n])]
    if not content or _indent(stop.lines[content[0]]) <= header_indent:
        return None
    block_indent = _indent(stop.lines[content[0]])
    for number in content[1:]:
        line = stop.lines[number]
        if _indent(line) >= block_indent:
            continue
        if _KEY_LINE.match(line) or line.lstrip().startswith("- "):
            return None
        return number
    return None


def curly_quotes_as_yaml_quotes(stop: ParserStop) -> Diagnosis | None:
    """``title: “Musk : qui ?”``: curly quotes are text for YAML, so the ' : ' breaks it."""
    for number in stop.window():
        line = stop.at(number)
        start = _VALUE_START.match(line)
        if start and line[start.end() : start.end() + 1] in _CURLY_OPENERS and line.strip():
            message = say(
                "yaml_curly_quotes",
                '“ ” are not quotes for YAML: put the text between straight quotes "…" '
                "(the curly ones may stay inside)",
            )
            return Diagnosis(message, number, start.end())
    return None


def quote_inside_quotes(stop: ParserStop) -> Diagnosis | None:
    """A straight quote that ends a quoted text early: text follows the closing quote."""
    for number in stop.window():
        line = stop.at(number)
        start = _VALUE_START.match(line)
        opening = start.end() if start else -1
        if opening < 0 or line[opening : opening + 1] not in ("'", '"'):
            continue
        closing = _closing_quote(line, opening)
        if closing is None:
            continue
        rest = line[closing + 1 :].strip()
        if rest and rest[0] not in "#,}]":
            return Diagnosis(_early_quote_message(line[opening]), number, closing)
    return None


def _closing_quote(line: str, opening: int) -> int | None:
    quote, index = line[opening], opening + 1
    while index < len(line):
        char = line[index]
        if quote == '"' and char == "\\":
            index += 2
            continue
        if char == quote:
            if quote == "'" and line[index + 1 : index + 2] == "'":
                index += 2
                continue
            return index
        index += 1
    return None


def _early_quote_message(quote: str) -> str:
    if quote == '"':
        return say(
            "yaml_quote_in_double",
            'this " ends the text early: inside a text between " " use « » or ’, '
            "or put the whole text between single quotes ' '",
        )
    return say(
        "yaml_quote_in_single",
        "this ' ends the text early: inside a text between ' ' write the apostrophe "
        "twice ('') or use ’, or put the whole text between double quotes \" \"",
    )


def dash_without_space(stop: ParserStop) -> Diagnosis | None:
    """``-id: q1``: without a space after it, the dash is part of the key, not a list item."""
    for number in stop.window():
        line = stop.at(number)
        match = re.match(r"^( *)-([A-Za-z_])", line)
        if match:
            message = say(
                "yaml_dash_space",
                "put a space after the '-' that starts a list item: '- {rest}'",
                rest=line[match.end(1) + 1 :].strip(),
            )
            return Diagnosis(message, number, match.end(1))
    return None


def missing_dash(stop: ParserStop) -> Diagnosis | None:
    """A new list item (an option, a question) written without its ``- ``."""
    for number in sorted({stop.line, stop.context_line}, reverse=True):
        line = stop.at(number)
        sibling = _previous_item_dash(stop, number)
        if not _is_content(line) or sibling is None or _indent(line) != sibling:
            continue
        if line.lstrip().startswith("-") or not _looks_like_item(line):
            continue
        message = say(
            "yaml_missing_dash",
            "this line starts a new item of the list above: begin it with '- ', like the "
            "other items",
        )
        return Diagnosis(message, number, _indent(line))
    return None


def _looks_like_item(line: str) -> bool:
    return line.lstrip().startswith(("{", '"', "'")) or _KEY_LINE.match(line) is not None


def _previous_item_dash(stop: ParserStop, number: int) -> int | None:
    """The column of the ``- `` of the nearest list item above, at any depth."""
    for above in range(number - 1, -1, -1):
        line = stop.at(above)
        if _is_content(line) and line.lstrip().startswith("- "):
            return _indent(line)
    return None


def indentation_off(stop: ParserStop) -> Diagnosis | None:
    """A ``key:`` line indented a little more or less than the keys of its block."""
    line = stop.at(stop.line)
    match = _KEY_LINE.match(line)
    if match is None:
        return None
    column = len(match["indent"]) + len(match["dash"] or "")
    sibling, allowed = _key_columns_above(stop, stop.line)
    if sibling is None or column in allowed:
        return None
    expected = min(
        allowed, key=lambda allowed_column: (abs(allowed_column - column), -allowed_column)
    )
    message = say(
        "yaml_indent_off",
        "this line is indented by {found} but the lines of its block by {expected} spaces: "
        "line '{key}:' up with the key above it",
        found=column,
        expected=expected,
        key=match["key"],
    )
    return Diagnosis(message, stop.line, 0)


def _key_columns_above(stop: ParserStop, number: int) -> tuple[int | None, set[int]]:
    """The column of the key just above, and every column a key may stand at here."""
    allowed: set[int] = set()
    nearest, ceiling = None, 10**9
    for above in range(number - 1, -1, -1):
        match = _KEY_LINE.match(stop.at(above))
        if match is None:
            continue
        dash = len(match["indent"])
        column = dash + len(match["dash"] or "")
        if nearest is None:
            nearest = column
        if column < ceiling:
            allowed.add(column)
            ceiling = column
        if match["dash"] and dash < ceiling:
            allowed.add(dash)
            ceiling = dash
    return nearest, allowed


def colon_in_text(stop: ParserStop) -> Diagnosis | None:
    """A French ' : ' (or any ': ') inside an unquoted text value."""
    if "mapping values" not in stop.problem:
        return None
    line = stop.at(stop.line)
    if " : " in line or line.count(": ") > 1:
        message = say(
            "colon_in_text",
            "unexpected ':' in a text value: put the text in quotes, "
            'e.g. title: "Musk critique Stargate : qui dit quoi ?"',
        )
    else:
        message = say(
            "colon_in_line", "unexpected ':'; if this line is text, put the text in quotes"
        )
    return Diagnosis(message, stop.line, stop.col)


def separator_in_braces(stop: ParserStop) -> Diagnosis | None:
    """``- {text: Musk : oui, ...}``: inside { } a ':' or ',' of the text ends the value."""
    if "flow" not in stop.context and "','" not in stop.problem:
        return None
    message = say(
        "yaml_flow_separator",
        "inside {{ }} or [ ], a ':' or a ',' ends the value: put the text in quotes, "
        'e.g. {{text: "Musk : oui, c\'est lui"}}',
    )
    return Diagnosis(message, stop.line, stop.col)


DIAGNOSERS: tuple[Callable[[ParserStop], Diagnosis | None], ...] = (
    tab_in_indentation,
    unindented_block_line,
    curly_quotes_as_yaml_quotes,
    quote_inside_quotes,
    dash_without_space,
    missing_dash,
    indentation_off,
    colon_in_text,
    separator_in_braces,
)
