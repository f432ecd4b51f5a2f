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

from quizapp.sets.catalog import say
from quizapp.sets.explain.yaml_quotes import curly_quotes_as_yaml_quotes, quote_inside_quotes
from quizapp.sets.explain.yaml_stop import Diagnosis, ParserStop

_KEY_LINE = re.compile(r"^(?P<indent> *)(?P<dash>- +)?(?P<key>[A-Za-z_][\w-]*) *:(?: |$)")
_BLOCK_HEADER = re.compile(r"^(?P<indent> *)(?:- +)?(?P<key>[\w-]+) *: *[|>][-+0-9]* *(?:#.*)?$")


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
    first = _first_child_off(stop, stop.line, column)
    if first is not None:  # the block's first key is the one off, not this line
        return _indent_message(first[0], first[1], column, first[2])
    expected = min(
        allowed, key=lambda allowed_column: (abs(allowed_column - column), -allowed_column)
    )
    return _indent_message(stop.line, column, expected, match["key"])


def _indent_message(number: int, found: int, expected: int, key: str) -> Diagnosis:
    message = say(
        "yaml_indent_off",
        "this line is indented by {found} but the lines of its block by {expected} spaces: "
        "line '{key}:' up with the other keys of its block",
        found=found,
        expected=expected,
        key=key,
    )
    return Diagnosis(message, number, 0)


def _first_child_off(stop: ParserStop, number: int, column: int) -> tuple[int, int, str] | None:
    """The key line just above when it opens its block at an odd indentation (3 spaces under
    its parent) that this line, two spaces under the same parent, shows to be the mistake."""
    above = next((n for n in range(number - 1, -1, -1) if _is_content(stop.at(n))), None)
    if above is None:
        return None
    parent = next((n for n in range(above - 1, -1, -1) if _is_content(stop.at(n))), None)
    child, head = _KEY_LINE.match(stop.at(above)), _KEY_LINE.match(stop.at(parent or 0))
    if parent is None or child is None or head is None or child["dash"] or head["dash"]:
        return None
    if not stop.at(parent).rstrip().endswith(":"):
        return None
    step = _indent(stop.at(above)) - _indent(stop.at(parent))
    if step != 2 and column - _indent(stop.at(parent)) == 2:
        return above, _indent(stop.at(above)), child["key"]
    return None


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
