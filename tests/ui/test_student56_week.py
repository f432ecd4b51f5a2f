"""A French-speaking student's week by keyboard and screen reader, at 200 % (student56).

She drafted a set from a short French article, then worked the built-in set, in the real
window under Xvfb with the text at 200 % and the focus read over AT-SPI after every key. What
she met and could not get past is pinned here, offscreen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.model import QuizSet
from quizapp.ui.quiz.results.results_view import ResultsView
from tests.ui.study_helpers import Clock, answer_all, settle, study_window

Loader = Callable[[Path], QuizSet]


def test_the_results_say_the_score_where_the_focus_lands(
    qtbot: QtBot, settings: QSettings, loader: Loader, tmp_path: Path, small_set_file: Path
) -> None:
    """The results open on « Revoir les questions manquées »: a screen reader said that
    button's name alone, never « Votre score : 50 % » nor the pass or fail above it."""
    window, flow = study_window(qtbot, settings, loader, tmp_path, [small_set_file], Clock())
    window.library.start_button.click()
    answer_all(window, lambda question_id: question_id.endswith("1"))
    view = window.stack.currentWidget()
    assert isinstance(view, ResultsView)
    settle(qtbot, flow)
    focus = QApplication.focusWidget()
    assert focus is view.review_button
    heard = focus.accessibleDescription()
    assert heard.startswith("Your score: ") and "Not passed (pass mark" in heard, heard
    assert "points: " in heard
