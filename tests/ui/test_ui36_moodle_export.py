"""ui36: File > Export the set for Moodle… writes the set chosen in the library.

A teacher who drafted, saved and tried a set in the window could import a Moodle bank but
not hand her set back: only the ``quizapp export`` command wrote one. The action asks where
to write (Moodle XML, or GIFT when she picks it), writes the file and shows the report.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from quizapp.model import QuizSet
from quizapp.ui.shell.main_window import MainWindow
from tests.ui.test_editor_alt_keys import _letter


def _main(qtbot: QtBot, settings: QSettings, loader: Callable[[Path], QuizSet]) -> MainWindow:
    main = MainWindow(settings, loader)
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture
def window(qtbot: QtBot, settings: QSettings, loader, small_set_file: Path) -> MainWindow:
    """The window with the teacher's small set opened, so selected in the library."""
    main = _main(qtbot, settings, loader)
    main.open_path(small_set_file)
    return main


def _save_as(monkeypatch: pytest.MonkeyPatch, target: Path | None, chosen: str = "") -> None:
    answer = (str(target) if target else "", chosen)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: answer)


def test_the_file_menu_exports_the_selected_set_as_moodle_xml(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_dialogs
) -> None:
    assert window.teacher.export_action in window.file_menu.actions()
    assert window.library.selected() is not None
    target = tmp_path / "for-moodle.xml"
    _save_as(monkeypatch, target)
    window.teacher.export_action.trigger()
    text = target.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<quiz>" in text
    assert len(no_dialogs) == 1 and "for-moodle.xml" in no_dialogs[0]


def test_a_gift_name_writes_gift(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_dialogs
) -> None:
    target = tmp_path / "for-moodle.gift"
    _save_as(monkeypatch, target)
    window.teacher.export_action.trigger()
    assert "::" in target.read_text(encoding="utf-8")  # GIFT's question titles


def test_cancel_writes_nothing_and_says_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_dialogs
) -> None:
    _save_as(monkeypatch, None)
    window.teacher.export_action.trigger()
    assert list(tmp_path.glob("*.xml")) == [] and no_dialogs == []


def test_the_file_menu_letters_stay_unshared(window: MainWindow, language) -> None:
    letters = [_letter(action.text()) for action in window.file_menu.actions()]
    letters = [letter for letter in letters if letter]
    assert len(letters) == len(set(letters)), language


def test_with_no_set_chosen_it_says_so_and_writes_nothing(
    qtbot: QtBot, settings: QSettings, loader, tmp_path: Path, monkeypatch, no_dialogs
) -> None:
    main = _main(qtbot, settings, loader)  # the tests' library lists no set
    assert main.library.selected() is None
    _save_as(monkeypatch, tmp_path / "never.xml")
    main.teacher.export_action.trigger()
    assert no_dialogs == ["Export for Moodle: Choose a set in the list."]
    assert not (tmp_path / "never.xml").exists()
