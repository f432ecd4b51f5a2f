"""The save dialog is built with a screen reader told nothing, then said to have shown
(a11y46): Qt's own file dialog sent about 300 AT-SPI events as it opened, which Orca 43
pruned. With no reader listening, the static dialog is asked as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from quizapp.ui.spoken_notice import save_file_name

FILTERS = "Question sets (*.quiz.yaml *.quiz.json)"


class DialogShows(QObject):
    """Notes, for each widget of a file dialog that shows, whether a reader was told."""

    def __init__(self) -> None:
        super().__init__()
        self.told: list[bool] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        shown = event.type() == QEvent.Type.Show and isinstance(watched, QWidget)
        if shown and isinstance(watched.window(), QFileDialog):
            self.told.append(QAccessible.isActive())
        return False


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_with_a_reader_the_dialog_is_built_quietly(parent: QWidget, tmp_path: Path) -> None:
    seen: dict = {}

    def answer() -> None:
        dialog = next(d for d in parent.findChildren(QFileDialog) if d.isVisible())
        seen["active"] = QAccessible.isActive()  # told again once it has shown
        seen["selected"] = dialog.selectedFiles()
        dialog.accept()  # the name suggested

    watcher = DialogShows()
    QApplication.instance().installEventFilter(watcher)
    QAccessible.setActive(True)
    try:
        QTimer.singleShot(300, answer)
        name = save_file_name(parent, "Save the set", tmp_path / "new-set.quiz.yaml", FILTERS)
    finally:
        QAccessible.setActive(False)
        QApplication.instance().removeEventFilter(watcher)
    assert seen["active"] and seen["selected"] == [str(tmp_path / "new-set.quiz.yaml")]
    assert name == str(tmp_path / "new-set.quiz.yaml")
    assert watcher.told and not any(watcher.told), watcher.told


def test_with_no_reader_the_static_dialog_is_asked(
    parent: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = []

    def static(*args: object) -> tuple[str, str]:
        asked.append(args[1:])
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", static)
    assert save_file_name(parent, "Save", tmp_path / "a.quiz.yaml", FILTERS) == ""
    assert asked == [("Save", str(tmp_path / "a.quiz.yaml"), FILTERS)]
