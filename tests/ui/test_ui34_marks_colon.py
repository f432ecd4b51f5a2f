"""ui34: the learner's marks in the feedback (« Votre réponse : ») read « 1. Loïc Abiven: ✘ Faux »
in French, the colon glued to the name; French writes a no-break space before it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.engine import State
from quizapp.engine.keys import wrong_response
from quizapp.model import QuizSet
from quizapp.ui.shell import i18n
from quizapp.ui.shell.main_window import MainWindow

NBSP = "\u00a0"


@pytest.fixture
def back_to_english() -> Iterator[None]:
    yield
    i18n.install_language("en")


def _marks_by_type(
    qtbot: QtBot, settings: QSettings, loader: Callable, path: Path, quiz: QuizSet
) -> dict[str, list[str]]:
    """Every question answered wrong, its marks summary kept by question type."""
    window = MainWindow(settings, loader)
    qtbot.addWidget(window)
    window.show()
    window.open_path(path)
    view = window.start_quiz(window.library.entries()[0], seed=0)
    summaries: dict[str, list[str]] = {}
    while view.session.state is not State.FINISHED:
        question = view.session.current.question
        view.page.answer_widget.set_response(wrong_response(question, quiz))
        view.check_button.click()
        summaries[question.type] = view.page.answer_widget.marks_summary()
        view.next_button.click()
    return summaries


def test_french_marks_have_a_no_break_space_before_the_colon(
    qtbot: QtBot,
    settings: QSettings,
    loader: Callable,
    small_set_file: Path,
    small_quiz: QuizSet,
    back_to_english,
) -> None:
    i18n.choose_language(settings, "fr")
    QApplication.processEvents()
    summaries = _marks_by_type(qtbot, settings, loader, small_set_file, small_quiz)
    kinds = ("single_choice", "true_false", "classify", "match")
    lines = [line for kind in kinds for line in summaries[kind]]
    assert lines
    assert all(f"{NBSP}: " in line for line in lines), lines


def test_english_marks_keep_the_plain_colon(
    qtbot: QtBot, settings: QSettings, loader: Callable, small_set_file: Path, small_quiz: QuizSet
) -> None:
    summaries = _marks_by_type(qtbot, settings, loader, small_set_file, small_quiz)
    lines = summaries["single_choice"] + summaries["classify"]
    assert lines and all(": " in line and NBSP not in line for line in lines), lines
