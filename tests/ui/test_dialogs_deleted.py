"""A closed dialog is deleted on the GUI thread, never left behind: the settings and export
dialogs (opened with ``open()``, owned by their window) were hidden when closed and stayed
alive as long as the window, one more at each opening. (A dialog run with ``exec()`` is
Python's again once it returns, and freed as its last reference goes: the library's removal
question and the review's closing question hold none after their function.)"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from quizapp.ui.study.export_dialog import ExportDialog
from quizapp.ui.study.settings_dialog import SettingsDialog
from tests.ui.study_helpers import Clock, study_window


def _deferred_deletions() -> None:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_settings_and_export_closed_are_deleted(
    qtbot: QtBot, settings: QSettings, loader: Callable, tmp_path: Path, small_set_file: Path
) -> None:
    window, flow = study_window(qtbot, settings, loader, tmp_path, [small_set_file], Clock())
    opened = []
    for _ in range(3):
        opened += [flow.open_settings(), flow.open_export()]
        opened[-2].reject()
        opened[-1].close()
        _deferred_deletions()
    assert not any(Shiboken.isValid(dialog) for dialog in opened)
    assert window.findChildren(SettingsDialog) == window.findChildren(ExportDialog) == []
    accepted = flow.open_settings()
    accepted.accept()
    _deferred_deletions()
    assert not Shiboken.isValid(accepted)


def test_an_export_closed_while_writing_finishes_then_goes(
    qtbot: QtBot, settings: QSettings, loader: Callable, tmp_path: Path, small_set_file: Path
) -> None:
    _window, flow = study_window(qtbot, settings, loader, tmp_path, [small_set_file], Clock())
    export = flow.open_export()
    target = tmp_path / "closed.json"
    with qtbot.waitSignal(export.exported, timeout=10_000):
        export.export_to(target)
        export.close()
        _deferred_deletions()
        assert Shiboken.isValid(export)  # still writing: it stays to hear how it went
    assert target.exists()
    _deferred_deletions()
    assert not Shiboken.isValid(export)
