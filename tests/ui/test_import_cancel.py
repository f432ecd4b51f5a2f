"""Issue 11, class 2 in the window: a long import shows Cancel, stops on it, and closing the
window never waits for an import to run to its end."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from quizapp.model import QuizSet
from quizapp.ui.shell.main_window import MainWindow

AIKEN_QUESTION = "Who said it?\nA. Musk\nB. Trump\nANSWER: A\n\n"


@pytest.fixture
def window(qtbot: QtBot, settings: QSettings, loader: Callable[[Path], QuizSet]) -> MainWindow:
    main = MainWindow(settings, loader)
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture
def long_bank(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An Aiken bank that takes many seconds to import whole; chosen in the file dialog."""
    path = tmp_path / "long.txt"
    path.write_text(AIKEN_QUESTION * 400_000, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    return path


# the waits allow 30 s: they end as soon as the import stops, and a machine under load (2 cores
# shared with several test runs) took over 5 s to show the dialog; a finished import would
# still fail the test by its report dialog
def test_cancel_stops_a_long_import_without_a_word(
    qtbot: QtBot, window: MainWindow, long_bank: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: warnings.append(box.text()))
    window.teacher.import_action.trigger()
    importer = window.teacher.importer
    progress = importer.progress
    assert progress is not None and progress.labelText() == "Importing long.txt…"
    # Qt counts the 400 ms before showing only from a value at the minimum (else 4 s by default)
    assert progress.minimumDuration() == 400 and progress.value() == progress.minimum()
    qtbot.waitUntil(progress.isVisible, timeout=30_000)
    progress.canceled.emit()  # what its Cancel button does
    qtbot.waitUntil(lambda: not window.teacher.runner.busy(), timeout=30_000)
    assert importer.report_dialog is None and warnings == [] and importer.progress is None


def test_closing_the_window_stops_an_import_running(
    qtbot: QtBot, window: MainWindow, long_bank: Path
) -> None:
    window.teacher.import_action.trigger()
    assert window.teacher.runner.busy()
    window.close()  # waits for workers: the import must stop, not run to its end
    assert not window.teacher.runner._pool.activeThreadCount()
    qtbot.waitUntil(lambda: not window.teacher.runner.busy(), timeout=30_000)
    assert window.teacher.importer.report_dialog is None
