"""File > Import… and Tools > Class results… in the main window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from quizapp.model import QuizSet
from quizapp.sets.loader import load_set
from quizapp.ui.shell.main_window import MainWindow
from quizapp.ui.teacher.class_results_view import ClassResultsWindow
from quizapp.ui.teacher.import_dialog import ImportReportDialog, suggested_path

DATA = Path(__file__).resolve().parents[1] / "data" / "interchange"


@pytest.fixture
def window(qtbot: QtBot, settings: QSettings, loader: Callable[[Path], QuizSet]) -> MainWindow:
    main = MainWindow(settings, loader)
    qtbot.addWidget(main)
    main.show()
    return main


def _choose(monkeypatch: pytest.MonkeyPatch, source: Path, target: Path | None) -> None:
    """Answer the two file dialogs as the teacher would."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    saved = str(target) if target else ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (saved, ""))


def _report(qtbot: QtBot, window: MainWindow) -> ImportReportDialog:
    qtbot.waitUntil(lambda: window.teacher.importer.report_dialog is not None)
    dialog = window.teacher.importer.report_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _menu_texts(window: MainWindow) -> dict[str, list[str]]:
    menus = [action.menu() for action in window.menuBar().actions() if action.menu()]
    return {menu.title(): [a.text() for a in menu.actions()] for menu in menus}


def test_importing_a_teacher_gift_file_ends_with_the_set_in_the_library(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "banque"  # typed without a suffix: .quiz.yaml is added
    _choose(monkeypatch, DATA / "teacher.gift", target)
    window.teacher.import_action.trigger()
    assert window.teacher.runner.busy()  # read off the GUI thread
    dialog = _report(qtbot, window)
    assert dialog.summary.text() == "7 questions imported, 2 skipped, from teacher.gift."
    shown = dialog.report.toPlainText()
    assert 'skipped "Réflexion" (line 43): essay' in shown
    assert "imported question 1 (One right answer, Dans l’article, qui" in shown  # polish53
    assert "qui-parle" not in shown and dialog.report.isReadOnly()
    dialog.save_button.click()
    written = tmp_path / "banque.quiz.yaml"
    qtbot.waitUntil(lambda: any(e.path == written for e in window.library.entries()))
    entry = window.library.selected()
    assert entry is not None and entry.path == written
    assert [q.id for q in entry.quiz.questions] == [q.id for q in load_set(written).questions]
    assert len(entry.quiz.questions) == 7
    assert written.read_text(encoding="utf-8").startswith("# ")  # the report, as comments


def test_cancelling_the_report_writes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _choose(monkeypatch, DATA / "teacher.xml", tmp_path / "never.quiz.yaml")
    window.teacher.importer.ask_and_import()
    _report(qtbot, window).reject()
    assert not (tmp_path / "never.quiz.yaml").exists()
    assert window.library.entries() == []


def test_a_broken_gift_file_shows_its_located_message(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    failures: list[str] = []
    window.teacher.importer.failed.connect(failures.append)
    _choose(monkeypatch, DATA / "broken.gift", None)
    window.teacher.import_action.trigger()
    qtbot.waitUntil(lambda: bool(failures))
    assert "broken.gift:4:48: " in failures[0]
    boxes = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert len(boxes) == 1 and boxes[0].textFormat() == Qt.TextFormat.PlainText
    assert "broken.gift:4:48: " in boxes[0].text()
    assert window.library.entries() == []


def test_the_save_dialog_suggests_a_name_beside_the_bank(tmp_path: Path) -> None:
    assert suggested_path(tmp_path / "banque.gift.txt") == tmp_path / "banque.quiz.yaml"


def test_menus_carry_import_and_class_results(qtbot: QtBot, window: MainWindow) -> None:
    menus = _menu_texts(window)
    assert window.teacher.import_action.text() in menus["&File"]
    assert window.teacher.class_results_action.text() in menus["&Tools"]
    window.teacher.class_results_action.trigger()
    opened = window.teacher.class_window
    assert isinstance(opened, ClassResultsWindow) and opened.isVisible()
    window.teacher.class_results_action.trigger()
    assert window.teacher.class_window is opened  # one window, brought back
    opened.close()
