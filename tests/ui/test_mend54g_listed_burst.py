"""A start with many own sets computes the home's figures twice, not once per set (mend54g).

Each own set listed at start asks for the figures again (student54); every request used to run
a whole snapshot in the worker, one after the other, all but the last thrown away.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from ruamel.yaml import YAML

from quizapp.app import attach_study
from quizapp.model import QuizSet
from quizapp.ui.shell.main_window import MainWindow
from quizapp.ui.study import stats
from tests.ui.study_helpers import settle

OWN_SETS = 8


def _own_sets(folder: Path, data: dict[str, Any]) -> list[Path]:
    """``OWN_SETS`` files of the small set, each with its own id, as a teacher's saved sets."""
    paths = []
    for number in range(OWN_SETS):
        path = folder / f"own{number}.quiz.yaml"
        with path.open("w", encoding="utf-8") as stream:
            YAML(typ="safe").dump(dict(data, id=f"own-{number}", title=f"Own {number}"), stream)
        paths.append(path)
    return paths


@pytest.mark.parametrize("slow", [True, False], ids=["slow-figures", "quick-figures"])
def test_a_burst_of_listed_sets_gives_one_more_computation(
    slow: bool,
    qtbot: QtBot,
    settings: QSettings,
    loader: Callable[[Path], QuizSet],
    tmp_path: Path,
    small_data: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    computed: list[set[str]] = []
    all_listed = threading.Event()  # slow: the first computation runs until all are listed
    if not slow:
        all_listed.set()
    real = stats.compute_snapshot

    def counted(*args: Any) -> stats.HomeSnapshot:
        computed.append(set(args[2]))
        all_listed.wait(10)
        return real(*args)

    monkeypatch.setattr(stats, "compute_snapshot", counted)
    window = MainWindow(settings, loader)
    qtbot.addWidget(window)
    for path in _own_sets(tmp_path, small_data):
        window.own_sets.remember(path)
    (tmp_path / "data").mkdir()
    flow = attach_study(window, settings, tmp_path / "data")
    assert flow is not None
    window.load_library_in_background([])
    qtbot.waitUntil(lambda: len(window.library.entries()) == OWN_SETS, timeout=10_000)
    all_listed.set()
    settle(qtbot, flow)
    assert len(computed) == 2, len(computed)  # the first, then one with every set
    assert len(computed[-1]) == OWN_SETS
    assert flow.home.snapshot is not None and len(flow.home.snapshot.hashes) == OWN_SETS
    window.close()
    flow.controller.db.close()
