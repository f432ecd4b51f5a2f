"""ui43: the learner's locate passage is shown as the words it holds, and the bottom row keeps
its layout once checked (Next its natural size, where Check stood)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.model import QuizSet
from tests.conftest import ARTICLE_TEXT
from tests.ui.student_helpers import quiz_view_at, settle


def _select(view, passage: str) -> None:
    start = ARTICLE_TEXT.index(passage)
    view.article.select_span((start, start + len(passage)))


def test_a_trailing_space_is_not_shown_nor_highlighted(qtbot: QtBot, small_quiz: QuizSet) -> None:
    view = quiz_view_at(qtbot, small_quiz, "where")
    _select(view, "Certains alliés du président sont furieux.\n")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    widget = view.page.answer_widget
    assert widget._chosen.text().endswith("sont furieux”")
    start = ARTICLE_TEXT.index("Certains")
    assert widget.chosen_span() == (start, start + len("Certains alliés du président sont furieux"))


def test_next_stands_where_check_stood_at_its_natural_size(
    qtbot: QtBot, small_quiz: QuizSet
) -> None:
    view = quiz_view_at(qtbot, small_quiz, "who")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)
    settle()
    check = view.check_button.geometry()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    settle()
    after = view.next_button.geometry()
    assert after.right() == check.right()
    assert after.width() == check.width()
    assert after.width() < view.width() // 3
