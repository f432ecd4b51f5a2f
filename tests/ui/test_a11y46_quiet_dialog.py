"""The save dialog is built with a screen reader told nothing, then said to have shown
(a11y46): Qt's own file dialog sent about 300 AT-SPI events as it opened, which Orca 43
pruned. With no reader listening, the static dialog is asked as before."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from quizapp.ui.spoken_notice import save_file_name

FILTERS = "Question sets (*.quiz.yaml *.quiz.json)"
GIVE_UP_MS = 5000  # the dialog is answered after 300 ms; this long only if it never is


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


def dialogs_given_up_after(ms: int, given_up: list[QFileDialog]) -> QTimer:
    """A timer that cancels every file dialog still there after ``ms`` and notes it: a dialog
    the test did not answer kept ``save_file_name`` waiting, and the test hung instead of
    failing (mend46c)."""

    def give_up() -> None:
        for widget in QApplication.allWidgets():
            if isinstance(widget, QFileDialog) and widget.isVisible():
                given_up.append(widget)
                widget.reject()

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(give_up)
    timer.start(ms)
    return timer


def answered_quietly(parent: QWidget, tmp_path: Path, answer: Callable[[], None]) -> str:
    """``save_file_name`` with a reader listening, ``answer`` run once the dialog is up."""
    watcher, given_up = DialogShows(), []
    QApplication.instance().installEventFilter(watcher)
    QAccessible.setActive(True)
    fallback = dialogs_given_up_after(GIVE_UP_MS, given_up)
    try:
        QTimer.singleShot(300, answer)
        name = save_file_name(parent, "Save the set", tmp_path / "new-set.quiz.yaml", FILTERS)
    finally:
        fallback.stop()
        QAccessible.setActive(False)
        QApplication.instance().removeEventFilter(watcher)
    assert not given_up, "the dialog was left open: cancelled after a few seconds"
    assert watcher.told and not any(watcher.told), watcher.told
    return name


def shown_dialog(parent: QWidget) -> QFileDialog | None:
    return next((d for d in parent.findChildren(QFileDialog) if d.isVisible()), None)


def test_with_a_reader_the_dialog_is_built_quietly(parent: QWidget, tmp_path: Path) -> None:
    seen: dict = {}

    def answer() -> None:
        dialog = shown_dialog(parent)
        if dialog is None:
            return  # left to the fallback, which fails the test
        seen["active"] = QAccessible.isActive()  # told again once it has shown
        seen["selected"] = dialog.selectedFiles()
        seen["modal"] = dialog.windowModality(), QApplication.activeModalWidget() is dialog
        dialog.accept()  # the name suggested

    name = answered_quietly(parent, tmp_path, answer)
    assert seen["active"] and seen["selected"] == [str(tmp_path / "new-set.quiz.yaml")]
    assert name == str(tmp_path / "new-set.quiz.yaml")
    # every window of the app waits, as with the static dialog (``open`` made it modal to
    # its parent's window only: mend46c)
    assert seen["modal"] == (Qt.WindowModality.ApplicationModal, True)


def test_a_dialog_left_open_fails_the_test_instead_of_hanging(
    parent: QWidget, tmp_path: Path
) -> None:
    """The fallback itself: an answer that finds nothing leaves the dialog open."""
    with pytest.raises(AssertionError, match="the dialog was left open"):
        answered_quietly(parent, tmp_path, lambda: None)


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
