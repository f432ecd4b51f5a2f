"""The class results window's underlined letters work (teacher50's walk: « Add students'
files… » showed its A underlined, but Alt+A did nothing, nor Alt+E on « Export to CSV… »:
the Ctrl+O and Ctrl+S set on the buttons had replaced the shortcut their mnemonic makes).
Both keys of each button act: the Alt letter and the Ctrl one."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "results"))  # results test helpers

from class_helpers import class_of_three

from quizapp.ui.teacher.class_results_view import ClassResultsWindow, open_class_results

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _opened(qtbot: QtBot, paths: list[Path]) -> ClassResultsWindow:
    window = open_class_results(None, paths)
    qtbot.addWidget(window)
    if paths:
        qtbot.waitUntil(lambda: window.results is not None and not window.runner.busy())
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


@pytest.mark.parametrize(("key", "modifier"), [(Qt.Key.Key_A, ALT), (Qt.Key.Key_O, CTRL)])
def test_both_keys_add_students_files(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key, modifier
) -> None:
    three = class_of_three(tmp_path / "hand-ins")
    window = _opened(qtbot, three[:1])
    asked: list[bool] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: (asked.append(True), ([], ""))[1]
    )
    qtbot.keyClick(window, key, modifier)
    qtbot.waitUntil(lambda: bool(asked))


@pytest.mark.parametrize(("key", "modifier"), [(Qt.Key.Key_E, ALT), (Qt.Key.Key_S, CTRL)])
def test_both_keys_export(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key, modifier
) -> None:
    window = _opened(qtbot, class_of_three(tmp_path / "hand-ins"))
    target = tmp_path / "class.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.keyClick(window, key, modifier)
    qtbot.waitUntil(target.exists)


def test_ctrl_s_does_nothing_before_any_file(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _opened(qtbot, [])
    asked: list[bool] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(True))
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    qtbot.wait(50)
    assert not asked and not window.export_button.isEnabled()
