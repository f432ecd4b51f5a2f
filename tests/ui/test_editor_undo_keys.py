"""Ctrl+Z / Ctrl+Y typed in any text field of the editor go to the editor's one history, in
the window where they are typed, whichever form (the set's or a question's) holds the field,
after the forms were rebuilt by moving through the list."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from quizapp.sets.editing.writer import set_text
from quizapp.ui.editor.entry import open_editor_on_file
from tests.conftest import small_set_data
from tests.ui.editor_helpers import key_in, named, open_active_editor

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def open_window(qtbot, settings, tmp_path: Path, no_dialogs):
    def open_one(name: str):
        return open_active_editor(qtbot, settings, tmp_path, name)

    return open_one


def _prompt_of_question(window, index: int) -> QPlainTextEdit:
    window.questions.select_question(index)
    QApplication.processEvents()
    prompt = named(window.form, QPlainTextEdit, "Question")
    prompt.setFocus()
    QApplication.processEvents()
    return prompt


def test_ctrl_z_and_ctrl_y_in_a_question_prompt_after_moving_through_the_list(
    qtbot, open_window
) -> None:
    window = open_window("one")
    before = window.draft.get(("questions", 1, "prompt"))
    _prompt_of_question(window, 0)  # a first form, then another: the watch follows the focus
    prompt = _prompt_of_question(window, 1)
    prompt.moveCursor(prompt.textCursor().MoveOperation.End)
    key_in(prompt, " encore")
    assert window.draft.get(("questions", 1, "prompt")) == before + " encore"
    qtbot.keyClick(prompt, Qt.Key.Key_Z, CTRL)
    assert window.draft.get(("questions", 1, "prompt")) == before
    assert not window.draft.modified
    prompt = named(window.form, QPlainTextEdit, "Question")
    qtbot.keyClick(prompt, Qt.Key.Key_Y, CTRL)
    assert window.draft.get(("questions", 1, "prompt")) == before + " encore"


def test_undo_keys_act_on_the_window_they_are_typed_in(qtbot, open_window) -> None:
    first, second = open_window("first"), open_window("second")
    original = first.draft.get(("questions", 0, "prompt"))
    first.activateWindow()
    qtbot.waitUntil(first.isActiveWindow)
    key_in(_prompt_of_question(first, 0), "!")
    typed = first.draft.get(("questions", 0, "prompt"))
    assert typed != original
    second.activateWindow()
    qtbot.waitUntil(second.isActiveWindow)
    prompt = _prompt_of_question(second, 0)
    key_in(prompt, "?")
    qtbot.keyClick(prompt, Qt.Key.Key_Z, CTRL)
    assert second.draft.get(("questions", 0, "prompt")) == original
    assert first.draft.get(("questions", 0, "prompt")) == typed, "not the other window's history"


def test_a_closed_window_stops_watching_the_focus(qtbot, settings, tmp_path, open_window) -> None:
    path = tmp_path / "closed.quiz.yaml"
    path.write_text(set_text(small_set_data()), encoding="utf-8")
    closed = open_editor_on_file(settings, tmp_path / "data", path)
    _prompt_of_question(closed, 0)
    closed.close()  # deleted on close
    QApplication.processEvents()
    other = open_window("open")
    prompt = _prompt_of_question(other, 0)  # focus moves after the first window is gone
    assert other.undo_keys._watched is prompt
