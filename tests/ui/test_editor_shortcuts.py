"""No key does two things: every shortcut of the main window (with the study flow and the
editor's doors) and of the editor window belongs to one action only."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from tests.ui.study_helpers import Clock, study_window


def _shared_keys(window: QWidget) -> list[str]:
    keys = Counter(
        key.toString(QKeySequence.SequenceFormat.PortableText)
        for action in window.findChildren(QAction)
        for key in action.shortcuts()
        if not key.isEmpty()
    )
    return [key for key, count in keys.items() if count > 1]


def test_the_main_window_has_no_shared_shortcut(qtbot, settings, loader, tmp_path: Path) -> None:
    window, _flow = study_window(qtbot, settings, loader, tmp_path, [], Clock())
    assert window.findChildren(QAction), "no actions found"
    assert _shared_keys(window) == []


def test_the_editor_has_no_shared_shortcut(qtbot, settings, tmp_path, no_dialogs) -> None:
    from quizapp.ui.editor.entry import open_new_editor

    window = open_new_editor(settings, tmp_path / "data")
    qtbot.addWidget(window)
    assert _shared_keys(window) == []
