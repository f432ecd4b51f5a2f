"""ui37: a remark of the live check is a row of the strip under the form; activating it
(Enter, a double click) puts the keyboard on its field, frames that field, and says which
field it is in words. The remarks were lines of one label: no key reached their fields."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from quizapp.sets.editing.commands import SetValue
from quizapp.sets.editing.writer import set_text
from quizapp.ui.editor.entry import open_editor_on_file
from tests.conftest import small_set_data


def _editor_with_an_empty_prompt(qtbot, settings, tmp_path: Path):
    path = tmp_path / "s.quiz.yaml"
    path.write_text(set_text(small_set_data()), encoding="utf-8")
    window = open_editor_on_file(settings, tmp_path / "data", path)
    qtbot.addWidget(window)
    window.show()
    window.questions.select_question(0)
    window.draft.apply(SetValue(("questions", 0, "prompt"), ""))
    window.checker.check_now()
    QApplication.processEvents()
    return window


def _row_about(strip, words: str):
    rows = [strip.item(i) for i in range(strip.count())]
    return next(row for row in rows if words in row.text())


def test_enter_on_a_remark_puts_the_keyboard_and_a_frame_on_its_field(
    qtbot, settings, tmp_path: Path, no_dialogs
) -> None:
    window = _editor_with_an_empty_prompt(qtbot, settings, tmp_path)
    strip = window.notices
    row = _row_about(strip, "Question:")
    strip.setFocus()
    strip.setCurrentItem(row)
    qtbot.keyClick(strip, Qt.Key.Key_Return)
    prompt = window.form.prompt
    qtbot.waitUntil(prompt.hasFocus)
    assert prompt.property("quizapp_gone_to") is True and "border" in prompt.styleSheet()
    assert "Question" in window.statusBar().currentMessage()  # the field, in words


def test_the_frame_goes_when_the_keyboard_leaves_the_field(
    qtbot, settings, tmp_path: Path, no_dialogs
) -> None:
    window = _editor_with_an_empty_prompt(qtbot, settings, tmp_path)
    window.notices.go_to.emit(("questions", 0, "prompt"))
    prompt = window.form.prompt
    qtbot.waitUntil(prompt.hasFocus)
    window.questions.setFocus()
    qtbot.waitUntil(lambda: not prompt.hasFocus())
    assert prompt.property("quizapp_gone_to") is False and "border" not in prompt.styleSheet()


def test_a_strip_with_no_remark_is_no_tab_stop(qtbot, settings, tmp_path: Path, no_dialogs) -> None:
    window = _editor_with_an_empty_prompt(qtbot, settings, tmp_path)
    assert window.notices.focusPolicy() != Qt.FocusPolicy.NoFocus
    window.notices.show_lines([], [])
    assert window.notices.focusPolicy() == Qt.FocusPolicy.NoFocus
