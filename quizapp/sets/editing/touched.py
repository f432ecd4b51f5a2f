"""What a change to the set touches, and where a question's passages are: what the editor's
window reads to redraw only the list rows and form a change concerns, and to highlight the
chosen question's passages in the article."""

from __future__ import annotations

from typing import Any

from quizapp.sets.editing.commands import (
    Batch,
    Command,
    InsertItem,
    MoveItem,
    RemoveItem,
    ReplaceSet,
    SetValue,
)


def touches_order(command: Command) -> bool:
    """Whether the list of questions must be drawn anew (added, removed, moved, all new)."""
    if isinstance(command, Batch):
        return any(touches_order(c) for c in command.commands)
    if isinstance(command, InsertItem | RemoveItem | MoveItem):
        return command.path == ("questions",)
    return isinstance(command, ReplaceSet) or (
        isinstance(command, SetValue) and len(command.path) <= 1
    )


def paths_set(command: Command) -> set[tuple]:
    """The data paths a command gave a value to."""
    if isinstance(command, Batch):
        return set().union(*(paths_set(c) for c in command.commands))
    return {command.path} if isinstance(command, SetValue) else set()


def questions_touched(command: Command, count: int) -> set[int]:
    """The indexes (below ``count``) of the questions a command changed inside."""
    if isinstance(command, Batch):
        return set().union(*(questions_touched(c, count) for c in command.commands))
    path = getattr(command, "path", ())
    if len(path) >= 2 and path[0] == "questions" and isinstance(path[1], int) and path[1] < count:
        return {path[1]}
    return set()


def _as_passages(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def passages_of(question: Any) -> list[str]:
    """Every passage of a question: its evidence, its answers to find, its claims' evidence."""
    if not isinstance(question, dict):
        return []
    found = _as_passages(question.get("evidence")) + _as_passages(question.get("answer"))
    for item in question.get("items") or []:
        if isinstance(item, dict):
            found += _as_passages(item.get("evidence"))
    return found
