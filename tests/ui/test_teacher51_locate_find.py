"""teacher51: a locate question answered by keyboard finds its passage by typing its words.

Down moves by lines of the view: the student pressed it 28 times to reach the fifth paragraph
(teacher50 needed three tries). Words typed in « Find in the article (Ctrl+F) » select their
place, Enter the next one, and Ctrl+U takes the selection, typed in the field or the text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.engine import State
from quizapp.model import QuizSet
from quizapp.ui.quiz.answers.article_find import find_words
from quizapp.ui.quiz.quiz_view import QuizView
from tests.conftest import ARTICLE_TEXT
from tests.ui.student_helpers import quiz_view_at, settle


def _view(qtbot: QtBot, small_quiz: QuizSet) -> QuizView:
    return quiz_view_at(qtbot, small_quiz, "where")


def test_words_typed_select_their_place_and_ctrl_u_takes_it(
    qtbot: QtBot, small_quiz: QuizSet
) -> None:
    view = _view(qtbot, small_quiz)
    find = view.page.answer_widget.find
    qtbot.keyClicks(find.field, "CERTAINS  alli")  # any case, any spaces
    start = ARTICLE_TEXT.index("Certains alli")
    assert view.article.selected_span() == (start, start + len("Certains alli"))
    qtbot.keyClick(find.field, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert view.page.answer_widget.chosen_span() is not None
    assert view.check_button.isEnabled()
    assert view.article.text_view.hasFocus(), "Enter now checks, as after a selection"
    qtbot.keyClick(view.article.text_view, Qt.Key.Key_Return)
    settle()
    assert view.session.state is State.FEEDBACK


def test_enter_goes_to_the_next_place_and_round(qtbot: QtBot, small_quiz: QuizSet) -> None:
    view = _view(qtbot, small_quiz)
    field = view.page.answer_widget.find.field
    qtbot.keyClicks(field, "projet")
    first = ARTICLE_TEXT.index("projet")
    second = ARTICLE_TEXT.index("projet", first + 1)
    assert view.article.selected_span()[0] == first
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert view.article.selected_span()[0] == second
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert view.article.selected_span()[0] == first


def test_words_not_in_the_article_are_said_so(qtbot: QtBot, small_quiz: QuizSet) -> None:
    view = _view(qtbot, small_quiz)
    find = view.page.answer_widget.find
    qtbot.keyClicks(find.field, "Bruxelles")
    assert find.status.text() == "Not in the article."
    assert view.article.selected_span() is None


def test_ctrl_f_in_the_article_goes_to_the_field(qtbot: QtBot, small_quiz: QuizSet) -> None:
    view = _view(qtbot, small_quiz)
    view.article.text_view.setFocus()
    qtbot.keyClick(view.article.text_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert view.page.answer_widget.find.field.hasFocus()


def test_either_apostrophe_and_any_spaces_match() -> None:
    text = "Il était paniqué quand on me l’a remis,\nconfiait une jeune fille."
    assert find_words(text, "on me l'a remis") == (text.index("on me"), text.index(","))
    assert find_words(text, "remis, confiait") is not None
    assert find_words(text, "   ") is None


def test_the_find_note_shows_only_when_it_says_something(qtbot: QtBot, small_quiz: QuizSet) -> None:
    """An empty note would be a focusable label with no name for a screen reader (the AT-SPI
    tour found one on every locate screen): it is hidden until the find has something to say."""
    view = _view(qtbot, small_quiz)
    find = view.page.answer_widget.find
    assert find.status.isHidden()
    qtbot.keyClicks(find.field, "Bruxelles")
    assert not find.status.isHidden()
    find.field.clear()
    qtbot.keyClicks(find.field, " ")
    assert find.status.isHidden()
