"""The located problem the YAML reader raises, and where a parser event starts.

Both the reader and the core schema raise it; it lives apart so neither imports the other for it.
"""

from __future__ import annotations

from typing import Any


class YamlProblem(Exception):
    """A located problem of the YAML text itself (0-based line and column)."""

    def __init__(self, message: str, line: int, col: int) -> None:
        super().__init__(message)
        self.message, self.line, self.col = message, line, col


def mark_of(event: Any) -> tuple[int, int]:
    """The 0-based line and column where a parser event starts ((0, 0) when it has no mark)."""
    mark = event.start_mark
    return (mark.line, mark.column) if mark else (0, 0)
