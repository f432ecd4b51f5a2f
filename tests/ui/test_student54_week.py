"""A student's week in self-study (student54): what she met coming back to the app days later.

Her own set (drafted from an English article) is listed again at start after the built-in set,
off the GUI thread and without being selected; the home's first figures came before it, and
said « Open that set again to resume it » with Resume greyed and its boosters « in sets that
are not open », while the set stood in the list beside them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from ruamel.yaml import YAML

from quizapp.app import attach_study
from quizapp.engine import QuizSession
from quizapp.engine.keys import correct_response, wrong_response
from quizapp.model import QuizSet
from quizapp.results.database import ResultsDB
from quizapp.ui.shell.library_view import LibraryEntry
from quizapp.ui.shell.main_window import MainWindow
from quizapp.ui.study.controller import StudyController, set_content_hash
from tests.ui.study_helpers import Clock, settle

Loader = Callable[[Path], QuizSet]


def _builtin_like(tmp_path: Path, data: dict[str, Any]) -> Path:
    """Another set, listed first and selected, as the built-in set is at start."""
    path = tmp_path / "first.quiz.yaml"
    with path.open("w", encoding="utf-8") as stream:
        YAML(typ="safe").dump(dict(data, id="first-set", title="First set"), stream)
    return path


def _stopped_after_two(quiz: QuizSet, path: Path, folder: Path, clock: Clock) -> None:
    """A quiz of ``quiz`` answered twice (one wrong) and left open, as a killed app leaves it."""
    db, _ = ResultsDB.open(folder / "results.db", clock.now)
    controller = StudyController(db, clock)
    session = QuizSession(quiz, seed=3)
    controller.begin(session, set_content_hash(quiz, path), "quiz", subset=False)
    for make in (correct_response, wrong_response):
        question = session.current.question
        session.answer(make(question, quiz))
        controller.record(question.id, 2.0)
        session.next()
    controller.leave()
    db.close()


def test_a_set_listed_after_the_first_figures_can_be_resumed_and_boosted(
    qtbot: QtBot,
    settings: QSettings,
    loader: Loader,
    tmp_path: Path,
    small_set_file: Path,
    small_data: dict[str, Any],
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    clock = Clock()
    _stopped_after_two(loader(small_set_file), small_set_file, folder, clock)
    window = MainWindow(settings, loader)
    qtbot.addWidget(window)
    window.own_sets.remember(small_set_file)  # hers: listed again at every start
    first = _builtin_like(tmp_path, small_data)
    window.add_builtin([LibraryEntry(first, loader(first), builtin=True)])
    clock.days(3)  # days later: both answers are due again
    flow = attach_study(window, settings, folder)
    assert flow is not None
    flow.controller = StudyController(flow.controller.db, clock)
    flow.refresh()
    window.show()
    settle(qtbot, flow)  # the first figures, before her set is listed
    window.load_library_in_background([])
    qtbot.waitUntil(lambda: len(window.library.entries()) == 2, timeout=10_000)
    settle(qtbot, flow)
    assert window.library.selected().quiz.id == "first-set"  # the selection stays at the top
    home = flow.home
    assert "Open that set again" not in home.banner.message.text()
    assert home.banner.resume_button.isEnabled()
    assert "not open" not in home.boosters_text.text()
    assert home.boosters_button.isEnabled()
    window.close()
    flow.controller.db.close()
