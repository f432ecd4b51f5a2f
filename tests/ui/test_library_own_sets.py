"""The teacher's own sets stay in the library after a restart (teacher10 walk-through): a set
saved in the editor is listed by the next main window, opens, and a file that has gone or
become bad since is left out with a note in the status bar, never a crash or a dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from quizapp.model import QuizSet
from quizapp.ui.editor.entry import open_editor_on_file
from quizapp.ui.quiz.quiz_view import QuizView
from quizapp.ui.shell.main_window import MainWindow

BUILTIN = Path(__file__).resolve().parents[2] / "questions" / "stargate-musk.fr.quiz.yaml"
Loader = Callable[[Path], QuizSet]


def _save_a_set(qtbot: QtBot, settings: QSettings, tmp_path: Path, loader: Loader, monkeypatch):
    """The teacher saves a copy of the built-in set as her own from the app's editor."""
    main = MainWindow(settings, loader)
    qtbot.addWidget(main)
    target = tmp_path / "sets" / "mine.quiz.yaml"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    editor = open_editor_on_file(settings, tmp_path / "data", BUILTIN, main, as_copy=True)
    qtbot.addWidget(editor)
    assert editor.actions.files.save()
    settings.sync()
    return target


def _restart(qtbot: QtBot, settings: QSettings, loader: Loader) -> MainWindow:
    """A new main window on the same settings file, filled as the app fills it at start."""
    again = MainWindow(QSettings(settings.fileName(), QSettings.Format.IniFormat), loader)
    qtbot.addWidget(again)
    again.show()
    again.load_library_in_background([BUILTIN])
    again.files.wait()
    qtbot.waitUntil(lambda: not again.files.busy())
    return again


def test_a_saved_set_is_in_the_library_after_a_restart(
    qtbot, settings, tmp_path, loader, monkeypatch, no_dialogs
) -> None:
    target = _save_a_set(qtbot, settings, tmp_path, loader, monkeypatch)
    again = _restart(qtbot, settings, loader)
    entries = again.library.entries()
    assert [e.builtin for e in entries] == [True, False]
    assert entries[1].path.resolve() == target.resolve()
    assert again.library.selected() == entries[0]  # the selection stays at the top
    again.library.tree.setCurrentItem(again.library.tree.topLevelItem(1))
    again.library.start_button.click()
    assert isinstance(again.stack.currentWidget(), QuizView)


def test_a_set_gone_or_broken_since_is_left_out_with_a_note(
    qtbot, settings, tmp_path, loader, monkeypatch, no_dialogs
) -> None:
    target = _save_a_set(qtbot, settings, tmp_path, loader, monkeypatch)
    target.write_text("schema_version: 1\nquestions: [\n", encoding="utf-8")
    again = _restart(qtbot, settings, loader)
    assert [e.builtin for e in again.library.entries()] == [True]
    assert not [box for box in again.findChildren(QMessageBox) if box.isVisible()]
    note = again.statusBar().currentMessage()
    assert "mine.quiz.yaml" in note and "File > Open" in note
    target.unlink()
    gone = _restart(qtbot, settings, loader)
    assert [e.builtin for e in gone.library.entries()] == [True]
    assert "mine.quiz.yaml" in gone.statusBar().currentMessage()
    assert _restart(qtbot, settings, loader).statusBar().currentMessage() == ""  # said once
