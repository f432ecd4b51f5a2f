"""teacher51: the editor says how to hand a set out (File > Hand out to students…).

« No problem: the set is ready to be tried and handed out » named no way to do it (teacher50,
teacher51): the menu entry says what to send (the .quiz.yaml file, its path shown and copied),
how students open it and send their results back, and where the teacher reads them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.editor_helpers import open_active_editor, open_new_editor, press_when_asked


def test_the_file_menu_says_what_to_send_and_copies_its_path(
    qtbot: QtBot, settings: object, tmp_path: Path
) -> None:
    window = open_active_editor(qtbot, settings, tmp_path, "fire")
    action = window.actions.actions["hand_out"]
    assert action in window.actions.menus["file"].actions()
    assert action.text() == "&Hand out to students…"
    seen: list[str] = []
    press_when_asked(QMessageBox.ButtonRole.ActionRole, seen)
    action.trigger()
    said = seen[0]
    assert str(tmp_path / "fire.quiz.yaml") in said
    assert "File > Open…" in said and "File > Export results…" in said
    assert "Tools > Class results…" in said and "Moodle" in said
    assert "&Copy the file's path" in seen
    assert QApplication.clipboard().text() == str(tmp_path / "fire.quiz.yaml")


def test_an_unsaved_set_is_saved_first_when_she_says_so(
    qtbot: QtBot, settings: object, tmp_path: Path, no_dialogs: list[str]
) -> None:
    window = open_new_editor(settings, tmp_path / "data", language="en")
    qtbot.addWidget(window)
    window.actions.hand_out.explain()
    assert no_dialogs == [
        "Hand out to students: Your students get the set as saved. Save your changes first?"
    ]
    assert window.actions.hand_out.box is None  # she cancelled: nothing more said


def test_the_ready_line_names_the_way(qtbot: QtBot, settings: object, tmp_path: Path) -> None:
    window = open_active_editor(qtbot, settings, tmp_path, "fire")
    assert "File > Hand out to students…" in window._ready_text()
