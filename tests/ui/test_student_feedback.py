"""Feedback in sight: after Check, the verdict and the start of the explanation are on screen."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from quizapp.engine.keys import wrong_response
from quizapp.ui.shell import zoom
from tests.ui.student_helpers import lines_in_view, open_window, settle, show_questions

# Q8, Q10, Q11, Q20, Q40, Q41, Q44 of the built-in set, and one of each other type
QUESTIONS = [
    "vague-or-anonymous",
    "match-quotes",
    "match-reported-claims",
    "match-designations",
    "classify-titles",
    "classify-paragraph-1",
    "classify-paragraph-4",
    "who-emballe",
    "two-anonymous-sources",
    "locate-first-source",
]


@pytest.fixture(autouse=True)
def restore_zoom() -> Iterator[None]:
    yield
    zoom.apply_level(zoom.DEFAULT_LEVEL)


@pytest.mark.parametrize("level", [100, 200])
@pytest.mark.parametrize("question_id", QUESTIONS)
def test_verdict_and_explanation_start_are_scrolled_into_view(
    qtbot: QtBot, settings: QSettings, loader: Callable, question_id: str, level: int
) -> None:
    window = open_window(qtbot, settings, loader)
    zoom.apply_level(level)
    view = show_questions(window, question_id)
    question = view.session.current.question
    view.page.answer_widget.set_response(wrong_response(question, view.session.quiz))
    view.check_button.click()
    settle()
    page = view.page
    viewport = page.viewport()
    assert lines_in_view(page.feedback.headline_label, viewport, 1), "verdict out of sight"
    assert lines_in_view(page.feedback.details, viewport, 2), "explanation out of sight"
