"""Interrupted attempts: Start asks resume or start again, Discard asks, nothing misleading."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from quizapp.ui.quiz.quiz_view import QuizView
from tests.ui.study_helpers import Clock, answer_current, settle, study_window


def _button(box: QMessageBox, words: str):
    return next(button for button in box.buttons() if words in button.text().replace("&", ""))


def _stop_after_one_answer(window, flow, qtbot) -> None:
    window.library.start_button.click()
    answer_current(window.stack.currentWidget(), right=True)
    window.show_library()
    settle(qtbot, flow)


def test_start_with_an_interrupted_quiz_asks_resume_or_start_again(
    qtbot: QtBot, settings: QSettings, loader: Callable, tmp_path: Path, small_set_file: Path
) -> None:
    window, flow = study_window(qtbot, settings, loader, tmp_path, [small_set_file], Clock())
    _stop_after_one_answer(window, flow, qtbot)
    window.library.start_button.click()
    box = flow.question_box
    assert box is not None and box.isVisible()
    assert "after 1 answer." in box.text() and "2026-03-02 10:00" in box.text()
    _button(box, "Resume").click()
    view = window.stack.currentWidget()
    assert isinstance(view, QuizView) and view.session.answered_count == 1
    window.show_library()
    settle(qtbot, flow)
    window.library.start_button.click()
    _button(flow.question_box, "Start again").click()
    view = window.stack.currentWidget()
    assert isinstance(view, QuizView) and view.session.answered_count == 0
    assert len(flow.controller.db.interrupted_attempts()) == 1  # only the new one is open


def test_discard_asks_first_and_keeps_the_quiz_when_declined(
    qtbot: QtBot, settings: QSettings, loader: Callable, tmp_path: Path, small_set_file: Path
) -> None:
    window, flow = study_window(qtbot, settings, loader, tmp_path, [small_set_file], Clock())
    _stop_after_one_answer(window, flow, qtbot)
    home = flow.home
    assert home.banner.isVisible()
    home.banner.discard_button.click()
    _button(flow.question_box, "Keep it").click()
    settle(qtbot, flow)
    assert home.banner.isVisible() and len(flow.controller.db.interrupted_attempts()) == 1
    home.banner.discard_button.click()
    _button(flow.question_box, "Discard it").click()
    settle(qtbot, flow)
    assert not home.banner.isVisible()


def test_an_attempt_without_answers_is_not_offered_and_a_part_is_not_a_score(
    qtbot: QtBot, settings: QSettings, loader: Callable, tmp_path: Path, small_set_file: Path
) -> None:
    window, flow = study_window(qtbot, settings, loader, tmp_path, [small_set_file], Clock())
    window.library.start_button.click()  # opened, nothing answered
    window.show_library()
    settle(qtbot, flow)
    assert not flow.home.banner.isVisible()
    window.library.start_button.click()  # no question: nothing to resume
    assert isinstance(window.stack.currentWidget(), QuizView)
    answer_current(window.stack.currentWidget(), right=True)
    window.show_library()
    settle(qtbot, flow)
    texts = [flow.home.history.item(i).text() for i in range(flow.home.history.count())]
    assert len(texts) == 1 and "— 1 answer — unfinished" in texts[0] and "100" not in texts[0]
    assert "after 1 answered question out of" in flow.home.banner.message.text()
