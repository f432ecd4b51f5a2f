"""Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) typed in a text field of the editor are the editor's
Undo and Redo: each field's typing is already one step of the editor's history, so the teacher
has one history, not one per field plus one for the window.

A text field takes these keys for itself (it accepts the shortcut override), so the Edit
menu's shortcut never sees them. The router watches only the field that has the keyboard focus
(the only widget a key goes to), moving its watch as the focus moves: no application-wide
event filter, which would run Python for every event of every widget (thousands while the
window opens and paints).
"""

from __future__ import annotations

from contextlib import suppress
from typing import Any

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget


class FieldUndoRouter(QObject):
    """Leaves Undo/Redo keys typed in ``window``'s focused text field to the window's menu."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._watched: QWidget | None = None
        QApplication.instance().focusChanged.connect(self._on_focus)
        self._on_focus(None, QApplication.focusWidget())

    def stop(self) -> None:
        """No more watching (the window closes)."""
        QApplication.instance().focusChanged.disconnect(self._on_focus)
        self._watch(None)

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        is_field = isinstance(new, QLineEdit | QPlainTextEdit)
        self._watch(new if is_field and new.window() is self._window else None)

    def _watch(self, field: QWidget | None) -> None:
        if self._watched is not None:
            with suppress(RuntimeError):  # deleted with its form: nothing left to remove
                self._watched.removeEventFilter(self)
        self._watched = field
        if field is not None:
            field.installEventFilter(self)

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (event.matches(QKeySequence.StandardKey.Undo) or is_redo(event))
            and not watched.isReadOnly()
        ):
            event.ignore()  # not taken by the field: the Edit menu's shortcut acts
            return True
        return super().eventFilter(watched, event)


def is_redo(event: QKeyEvent) -> bool:
    """Ctrl+Shift+Z (the platform's Redo) or Ctrl+Y, as every editor on Windows has it."""
    return event.matches(QKeySequence.StandardKey.Redo) or event.keyCombination() == (
        QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Y)
    )
