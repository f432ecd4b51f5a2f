"""Rule messages as a key, an English template and their values, so they can be translated.

The model says what is wrong in English; the store renders the same key in the user's language
(``quizapp.sets.catalog``). Raising a ``PydanticCustomError`` keeps key and values through
pydantic's validation errors instead of a finished English sentence.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from pydantic_core import PydanticCustomError


def rule_error(key: str, template: str, **values: Any) -> PydanticCustomError:
    """An error whose ``type`` is ``key`` and whose context holds ``values``."""
    return PydanticCustomError(key, template, values)


def shorten(text: str, limit: int = 60) -> str:
    """A passage cut for a one-line message."""
    return text if len(text) <= limit else text[: limit - 3] + "..."


def printable(text: str) -> str:
    """``text`` with every control character shown as a code such as ``\\x1b``.

    The one function through which text from a file reaches a terminal, a report line, a
    comment written into a file, or a file name shown to the user: a line break cannot start
    a fake line (or YAML of its own), an escape sequence cannot drive the terminal, and a
    right-to-left override cannot disguise a name. Printable text and the spaces French typing
    uses (no-break, thin) are left as they are.
    """
    if text.isprintable():
        return text
    return "".join(char if _shown_as_is(char) else f"\\x{ord(char):02x}" for char in text)


def _shown_as_is(char: str) -> bool:
    return char.isprintable() or unicodedata.category(char) == "Zs"
