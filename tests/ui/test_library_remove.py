"""The teacher takes one of her sets out of the library (teacher11): a button, the Delete key
and the context menu, never for the built-in set; she is asked first in her words, told that
the file stays and in which folder; the list is written at once, so a restart (or a kill)
does not bring the set back, and the file is still there."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from quizapp.model import QuizSet
from quizapp.ui.shell import i18n
from quizapp.ui.shell.main_window import MainWindow
from quizapp.ui.shell.recent_files import OwnSets
from tests.ui.editor_helpers import press_when_asked

BUILTIN = Path(__file__).resolve().parents[2] / "questions" / "stargate-musk.fr.quiz.yaml"
Loader = Callable[[Path], QuizSet]


@pytest.fixture
def mine(tmp_path: Path, settings: QSettings) -> Path:
    """A set of the teacher's, saved earlier in the editor."""
    target = tmp_path / "Mes séries" / "mine.quiz.yaml"
    target.parent.mkdir()
    shutil.copy(BUILTIN, target)
    OwnSets(settings).remember(target)
    return target


def _start(qtbot: QtBot, settings: QSettings, loader: Loader) -> MainWindow:
    """A main window on the settings file, filled as the app fills it at start."""
    window = MainWindow(QSettings(settings.fileName(), QSettings.Format.IniFormat), loader)
    qtbot.addWidget(window)
    window.show()
    window.load_library_in_background([BUILTIN])
    window.files.wait()
    qtbot.waitUntil(lambda: not window.files.busy() and len(window.library.entries()) >= 1)
    return window


def _select(window: MainWindow, row: int) -> None:
    window.library.tree.setCurrentItem(window.library.tree.topLevelItem(row))


def test_only_her_own_sets_can_be_removed(qtbot, settings, loader, mine) -> None:
    window = _start(qtbot, settings, loader)
    library = window.library
    assert [e.builtin for e in library.entries()] == [True, False]
    _select(window, 0)
    assert not library.remove_button.isEnabled() and not library.remove_action.isEnabled()
    library.remove_selected()  # nothing asked, nothing removed
    assert len(library.entries()) == 2
    _select(window, 1)
    assert library.remove_button.isEnabled() and library.remove_action.isEnabled()
    assert library.remove_button.accessibleName() == "Remove the selected set from the library"
    assert library.remove_action in library.tree.actions()  # the context menu has it


def test_delete_asks_then_removes_and_the_list_is_on_disk_at_once(
    qtbot, settings, loader, mine
) -> None:
    window = _start(qtbot, settings, loader)
    _select(window, 1)
    window.library.tree.setFocus()
    seen: list[str] = []
    press_when_asked(QMessageBox.ButtonRole.RejectRole, seen)
    qtbot.keyClick(window.library.tree, Qt.Key.Key_Delete)
    assert len(window.library.entries()) == 2  # cancelled: still there
    assert "mine.quiz.yaml" in seen[0] and str(mine.parent) in seen[0]
    assert "stays on your computer" in seen[0] and "File > Open" in seen[0]
    assert "&Remove from library" in seen
    press_when_asked(QMessageBox.ButtonRole.AcceptRole, seen)
    window.activateWindow()  # offscreen, the closed question gives no focus back
    qtbot.waitUntil(window.isActiveWindow)
    window.library.tree.setFocus()
    qtbot.keyClick(window.library.tree, Qt.Key.Key_Delete)
    assert [e.builtin for e in window.library.entries()] == [True]
    assert mine.exists()  # the file is kept
    on_disk = Path(settings.fileName()).read_text(encoding="utf-8")
    assert "mine.quiz.yaml" not in on_disk  # written at once: a kill now loses nothing
    again = _start(qtbot, settings, loader)
    assert [e.builtin for e in again.library.entries()] == [True]


def test_the_question_is_in_french_too(qtbot, settings, loader, mine) -> None:
    i18n.install_language("fr")
    try:
        window = _start(qtbot, settings, loader)
        _select(window, 1)
        assert window.library.remove_button.text() == "&Retirer de la bibliothèque"
        seen: list[str] = []
        press_when_asked(QMessageBox.ButtonRole.RejectRole, seen)
        window.library.remove_button.click()
        assert "reste sur votre ordinateur" in seen[0] and "Fichier > Ouvrir" in seen[0]
    finally:
        i18n.install_language("en")


def test_opening_the_file_again_lists_it_again_for_good(qtbot, settings, loader, mine) -> None:
    """The question says « open it with File > Open » to list it again: it then stays, as a
    set she saved does (before, it was gone again at the next start)."""
    window = _start(qtbot, settings, loader)
    _select(window, 1)
    press_when_asked(QMessageBox.ButtonRole.AcceptRole, [])
    window.library.remove_selected()
    assert [e.builtin for e in _start(qtbot, settings, loader).library.entries()] == [True]
    assert window.open_path(mine) is not None  # File > Open
    again = _start(qtbot, settings, loader)
    assert [e.path.resolve() for e in again.library.entries()][1:] == [mine.resolve()]
