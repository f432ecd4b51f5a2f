"""Rule messages as a key, an English template and their values, so they can be translated.

The model says what is wrong in English; the store renders the same key in the user's language
(``quizapp.sets.catalog``). Raising a ``PydanticCustomError`` keeps key and values through
pydantic's validation errors instead of a finished English sentence.
"""

from __future__ import annotations

from typing import Any

from pydantic_core import PydanticCustomError


def rule_error(key: str, template: str, **values: Any) -> PydanticCustomError:
    """An error whose ``type`` is ``key`` and whose context holds ``values``."""
    return PydanticCustomError(key, template, values)


def shorten(text: str, limit: int = 60) -> str:
    """A passage cut for a one-line message."""
    return text if len(text) <= limit else text[: limit - 3] + "..."
