"""Killing the app mid-quiz loses no answer given, and the next start resumes where it stopped."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from quizapp.app import attach_study
from quizapp.model import QuizSet
from quizapp.results.database import ResultsDB
from quizapp.ui.quiz.quiz_view import QuizView
from quizapp.ui.shell.main_window import MainWindow
from tests.ui.study_helpers import settle

Loader = Callable[[Path], QuizSet]
CHILD = Path(__file__).with_name("study_killed_child.py")
REPO = Path(__file__).resolve().parents[2]


def _run_and_kill(set_file: Path, folder: Path, stop_after: int, how: str) -> list[str]:
    """Start the child, kill it with SIGKILL after ``stop_after`` answers; the ids it promised."""
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(set_file), str(folder), str(stop_after), how],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    promised: list[str] = []
    try:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("committed "):
                promised.append(line.split()[1])
            if len(promised) == stop_after:
                break
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL
    return promised


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("how", ["wait", "race"])
def test_killed_mid_quiz_keeps_every_committed_answer_and_resumes_there(
    qtbot: QtBot,
    settings: QSettings,
    loader: Loader,
    tmp_path: Path,
    small_set_file: Path,
    how: str,
) -> None:
    pytest.importorskip("quizapp.sets.loader")
    folder = tmp_path / "data"
    folder.mkdir()
    promised = _run_and_kill(small_set_file, folder, 3, how)
    with ResultsDB.open_reader(folder / "results.db") as reader:
        (stored,) = reader.interrupted_attempts()
    saved = [answer.question_id for answer in stored.answers]
    assert saved[: len(promised)] == promised  # every promised answer, in order
    if how == "wait":
        assert saved == promised
    window = MainWindow(settings, loader)
    qtbot.addWidget(window)
    window.open_path(small_set_file)
    flow = attach_study(window, settings, folder)
    assert flow is not None
    window.show()
    settle(qtbot, flow)
    home = flow.home
    assert home.banner.isVisible() and home.banner.resume_button.isEnabled()
    assert f"after {len(saved)} answered questions out of 6" in home.banner.message.text()
    home.banner.resume_button.click()
    view = window.stack.currentWidget()
    assert isinstance(view, QuizView)
    order = [p.question.id for p in view.session.presented()]
    assert view.session.answered_count == len(saved)
    assert view.session.current.question.id == order[len(saved)]
    assert view.session.results().missed == tuple(q for i, q in enumerate(saved) if i % 2 == 1)
    window.close()
    flow.controller.db.close()
