"""A student's week in self-study (student54): what she met, and a screen reader said.

Her own set (drafted from an English article) is listed again at start after the built-in set,
off the GUI thread and without being selected; the home's first figures came before it, and
said « Open that set again to resume it » with Resume greyed and its boosters « in sets that
are not open », while the set stood in the list beside them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ruamel.yaml import YAML

from quizapp.app import attach_study
from quizapp.engine import QuizSession
from quizapp.engine.keys import correct_response, wrong_response
from quizapp.model import QuizSet
from quizapp.results.database import ResultsDB
from quizapp.ui.shell import i18n
from quizapp.ui.shell.library_view import LibraryEntry
from quizapp.ui.shell.main_window import MainWindow
from quizapp.ui.study.controller import StudyController, set_content_hash
from tests.ui.student_helpers import open_window, show_questions
from tests.ui.study_helpers import Clock, answer_current, settle, study_window

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


@pytest.fixture
def english_after() -> Iterator[None]:
    yield
    i18n.install_language("en")


def test_the_match_instruction_names_no_left_and_right_in_either_language(
    qtbot: QtBot, settings: QSettings, loader: Loader, english_after: None
) -> None:
    """The rows and their choices are one below the other, the article on the right: « one on
    the right » sent her to the article for a choice."""
    window = open_window(qtbot, settings, loader)
    view = show_questions(window, "match-quotes")
    for language, choices in (("en", "one of the choices"), ("fr", "l’un des choix")):
        i18n.choose_language(settings, language)
        QApplication.processEvents()
        words = view.page._instruction.text()
        assert choices in words and "right" not in words and "droite" not in words, words


def test_a_row_is_named_with_the_quotation_marks_of_the_interface(
    qtbot: QtBot, settings: QSettings, loader: Loader, english_after: None
) -> None:
    """English says “…” around the claim a screen reader reads out; French keeps « … »."""
    window = open_window(qtbot, settings, loader)
    i18n.choose_language(settings, "en")
    QApplication.processEvents()
    view = show_questions(window, "match-quotes", "classify-titles")  # the set's order
    names = []
    for language in ("en", "fr", "en"):
        i18n.choose_language(settings, language)
        QApplication.processEvents()
        names.append(view.page.answer_widget._rows.combos[0].accessibleName())
    quote = view.session.current.question
    view.page.answer_widget.set_response(correct_response(quote, view.session.quiz))
    view.check_button.click()
    view.next_button.click()
    names.append(view.page.answer_widget._rows.combos[0].accessibleName())
    english, french, _, claim = names
    assert english.startswith("Quote 1 of ") and ": “" in english and "«" not in english
    assert french.startswith("Citation 1 sur ") and "«\u00a0" in french, french
    assert claim.startswith("Claim 1 of ") and ": “" in claim and "«" not in claim, claim


def test_resume_says_which_quiz_it_resumes(
    qtbot: QtBot, settings: QSettings, loader: Loader, tmp_path: Path, small_set_file: Path
) -> None:
    """Tab from the list lands on Resume, never on the banner's words: a screen reader said
    « Resume, push button » and not which quiz, from when, how far."""
    window, flow = study_window(qtbot, settings, loader, tmp_path, [small_set_file], Clock())
    window.library.start_button.click()
    answer_current(window.stack.currentWidget(), right=False)
    window.show_library()
    settle(qtbot, flow)
    button = flow.home.banner.resume_button
    assert button.isEnabled()
    assert button.accessibleDescription() == flow.home.banner.message.text()
    assert "after 1 answered question out of 6" in button.accessibleDescription()
