"""Where and why the YAML parser stopped, and what a diagnosis says back: shared by the
modules that recognise teachers' mistakes."""

from __future__ import annotations

import re
from dataclasses import dataclass

VALUE_START = re.compile(r"^ *(?:- +)?(?:[\w-]+ *: +|- +)")


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
