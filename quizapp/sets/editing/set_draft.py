"""The set being edited: its plain v1 data, the undo and redo history of the commands applied
to it, and whether it differs from the file.

Apart from the commands (``commands``) because it is the one stateful thing of the editing
model: the window and the forms hold one ``SetDraft`` and change the set only through it, so
undo/redo covers every change and "modified" survives any undo back to the saved state.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from quizapp.model import DEFAULT_LABELS, SCHEMA_VERSION
from quizapp.sets.editing.commands import MISSING, Command, Path_, SetValue, get_at


class SetDraft:
    """The set being edited, its undo and redo history, and who to tell when it changes.

    ``revision`` grows with every change (undo and redo too): the window compares it with the
    revision it last saved or checked, instead of comparing whole sets.
    """

    def __init__(self, data: dict | None = None) -> None:
        self.data: dict = data if data is not None else new_set_data()
        self._undo: list[Command] = []
        self._redo: list[Command] = []
        self.revision = 0
        self.saved_revision = 0
        # each state of the data has a number; the undo and redo stacks keep the number of the
        # state each of their steps leads back to, so "as saved" is known after any undo/redo
        self._state, self._saved_state, self._last_state = 0, 0, 0
        self._undo_states: list[int] = []
        self._redo_states: list[int] = []
        self._listeners: list[Callable[[Command], None]] = []
        self._merge_open = False

    def subscribe(self, listener: Callable[[Command], None]) -> None:
        """Call ``listener(command)`` after every change, undo and redo."""
        self._listeners.append(listener)

    def get(self, path: Path_, default: Any = None) -> Any:
        value = get_at(self.data, path)
        return default if value is MISSING else value

    def apply(self, command: Command) -> None:
        """Do ``command``; a typing change on the field typed last joins the previous step."""
        joins = self._joins_last(command)
        undo = command.apply(self.data)
        if not joins:  # when it joins, the step already undoes to the value before the typing
            self._undo.append(undo)
            self._undo_states.append(self._state)
        self._state = self._new_state()
        self._merge_open = isinstance(command, SetValue) and command.merge
        self._redo.clear()
        self._redo_states.clear()
        self._changed(command)

    def _joins_last(self, command: Command) -> bool:
        last = self._undo[-1] if self._undo else None
        return (
            self._merge_open
            and isinstance(command, SetValue)
            and command.merge
            and isinstance(last, SetValue)
            and last.path == command.path
        )

    def close_merge(self) -> None:
        """The next typing starts a new undo step (called when a field loses focus)."""
        self._merge_open = False

    def _new_state(self) -> int:
        self._last_state += 1
        return self._last_state

    def undo(self) -> None:
        if self._undo:
            self._redo_states.append(self._state)
            self._state = self._undo_states.pop()
            self._redo.append(self._undo.pop().apply(self.data))
            self._merge_open = False
            self._changed(self._redo[-1])

    def redo(self) -> None:
        if self._redo:
            self._undo_states.append(self._state)
            self._state = self._redo_states.pop()
            self._undo.append(self._redo.pop().apply(self.data))
            self._merge_open = False
            self._changed(self._undo[-1])

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo_text(self) -> str:
        return self._undo[-1].text if self._undo else ""

    def redo_text(self) -> str:
        return self._redo[-1].text if self._redo else ""

    @property
    def modified(self) -> bool:
        """Different from the file: undoing back to the saved state is not a change."""
        if self.saved_revision < 0:  # restored work that was never saved
            return True
        return self._state != self._saved_state

    def mark_saved(self) -> None:
        self.saved_revision = self.revision
        self._saved_state = self._state
        self._merge_open = False  # typing after a save is a new step, so it can be undone

    def _changed(self, command: Command) -> None:
        self.revision += 1
        for listener in self._listeners:
            listener(command)


def new_set_data(language: str = "fr") -> dict:
    """The data of a new, empty set: what a teacher starts from in File > New set."""
    return {
        "schema_version": SCHEMA_VERSION,
        "id": "",
        "title": "",
        "language": language,
        "article": {"title": "", "outlet": "", "text": ""},
        "labels": [label.model_dump(exclude_defaults=True) for label in DEFAULT_LABELS],
        "questions": [],
    }
