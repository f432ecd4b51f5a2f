"""The composition root: --self-test walks the learner's path offscreen and says how it went."""

from __future__ import annotations

import gc
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp import app as quizapp_app
from quizapp.sets.builtin import builtin_set_paths
from quizapp.sets.errors import LoadError


def test_self_test_passes_on_the_builtin_sets(
    qtbot: QtBot, qapp: QApplication, loader, capsys: pytest.CaptureFixture[str]
) -> None:
    if not builtin_set_paths():
        pytest.skip("no built-in set yet")
    assert quizapp_app._self_test(qapp, loader) == 0
    out = capsys.readouterr().out
    assert f"self-test ok: {len(builtin_set_paths())} built-in set(s) loaded" in out
    assert "results screen shown" in out


def test_self_test_fails_loudly_when_a_set_does_not_load(
    qtbot: QtBot, qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    if not builtin_set_paths():
        pytest.skip("no built-in set yet")

    def refuse(path: Path):
        raise LoadError.single(str(path), "broken on purpose", line=3, col=5)

    assert quizapp_app._self_test(qapp, refuse) == 1
    err = capsys.readouterr().err
    assert "self-test failed" in err and ":3:5: broken on purpose" in err


def test_run_self_test_through_the_real_loader(qtbot: QtBot, qapp: QApplication) -> None:
    pytest.importorskip("quizapp.sets.loader")
    assert quizapp_app.run([], self_test=True) == 0
    assert qapp.applicationName() == "quizapp"


def test_run_opens_the_files_given_and_survives_a_broken_one(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, small_set_file: Path
) -> None:
    """``quizapp GOOD BROKEN``: the good file joins the library, the broken one gets a dialog."""
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QMessageBox

    from quizapp.ui.collector import GuiThreadCollector
    from quizapp.ui.shell.main_window import MainWindow

    pytest.importorskip("quizapp.sets.loader")
    gc.enable()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # keep the user's settings untouched
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    broken = tmp_path / "broken.quiz.yaml"
    broken.write_text("schema_version: 1\nid: [\n", encoding="utf-8")
    seen: dict[str, list] = {}

    def look_and_quit() -> None:
        window = next(
            w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        assert window.files.wait()
        qapp.processEvents()  # deliver the outcomes of the background loads
        seen["paths"] = [entry.path for entry in window.library.entries()]
        seen["errors"] = [box.text() for box in window.findChildren(QMessageBox)]
        seen["automatic collection"] = [gc.isenabled()]
        seen["collectors"] = [c for c in qapp.findChildren(GuiThreadCollector) if c.is_running()]
        qapp.quit()

    QTimer.singleShot(200, look_and_quit)
    # the run's window is destroyed after run() returns; as the last window it would post a
    # quit that empties every event loop of the tests that follow
    qapp.setQuitOnLastWindowClosed(False)
    try:
        assert quizapp_app.run([small_set_file, broken]) == 0
    finally:
        qapp.setQuitOnLastWindowClosed(True)
    assert small_set_file in seen["paths"]
    assert len(seen["errors"]) == 1
    assert re.search(rf"{re.escape(str(broken))}:\d+:\d+: ", seen["errors"][0])
    # while it ran, garbage was collected by a timer on the GUI thread only; on again after
    assert seen["automatic collection"] == [False] and len(seen["collectors"]) == 1
    assert gc.isenabled()


def test_command_line_start_leaves_the_garbage_collector_on(qapp: QApplication) -> None:
    """cli.main switches the collector off while the window starts; it must come back on."""
    import gc

    from quizapp.cli import main

    assert main(["--self-test"]) == 0
    assert gc.isenabled()
