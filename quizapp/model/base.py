"""Shared building blocks of the question-set models: strict, frozen, closed to unknown fields."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

SLUG_PATTERN = r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$"

Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=80)]
MAX_TEXT_CHARS = 100_000  # every text of the format (docs/security.md), the article's included
Text = Annotated[str, StringConstraints(min_length=1, max_length=MAX_TEXT_CHARS)]


def _one_or_many(value: Any) -> Any:
    """Let a teacher write a single passage where a list of passages is expected."""
    return [value] if isinstance(value, str) else value


Passages = Annotated[list[Text], BeforeValidator(_one_or_many), Field(max_length=50)]
NonEmptyPassages = Annotated[
    list[Text], BeforeValidator(_one_or_many), Field(min_length=1, max_length=50)
]


class Frozen(BaseModel):
    """Base of every model: immutable, and an unknown (often misspelt) field is an error.

    ``defer_build``: validators are built on first use, which the window does in a worker
    thread after it is shown, not while it starts (docs/packaging.md, start-up budget).
    """

    model_config = ConfigDict(frozen=True, extra="forbid", strict=False, defer_build=True)
