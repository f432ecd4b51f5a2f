"""ui38: a classify question's Check is live once one claim has a label (a student may leave
one she cannot tell), and says which claims are still blank: on the line beside it, in its
accessible description and in the question it asks; « Go back and answer them » puts the
keyboard on the first blank claim. The feedback gives each row's verdict once: under the
row (and in its text's accessible description), the feedback panel only counting them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.engine import ClassifyResponse, MatchResponse, State
from quizapp.engine.keys import correct_response
from quizapp.ui.quiz.quiz_view import QuizView
from tests.ui.student_helpers import open_window, settle, show_questions


def _first_and_third(view: QuizView) -> ClassifyResponse:
    full = correct_response(view.session.current.question, view.session.quiz)
    assert isinstance(full, ClassifyResponse)
    labels = [None] * len(full.labels)
    labels[0], labels[2] = full.labels[0], full.labels[2]
    return ClassifyResponse(tuple(labels))


def _classify(qtbot: QtBot, settings: QSettings, loader: Callable) -> QuizView:
    window = open_window(qtbot, settings, loader)
    view = show_questions(window, "classify-paragraph-1")  # seven claims
    view.page.answer_widget.set_response(_first_and_third(view))
    settle()
    return view


def test_the_line_beside_a_live_check_names_the_blank_claims(
    qtbot: QtBot, settings: QSettings, loader: Callable
) -> None:
    view = _classify(qtbot, settings, loader)
    assert view.check_button.isEnabled()
    note = "No label yet on claims 2, 4, 5, 6 and 7."
    assert view._check_hint.isVisibleTo(view) and view._check_hint.text() == note
    assert view.check_button.accessibleDescription() == note


def test_the_question_names_the_blank_claims_and_going_back_focuses_the_first(
    qtbot: QtBot, settings: QSettings, loader: Callable
) -> None:
    view = _classify(qtbot, settings, loader)
    view.check_button.click()
    box = view.incomplete_box
    assert box.text() == "5 claims have no label yet: check anyway?"
    assert "No label yet on claims 2, 4, 5, 6 and 7." in box.informativeText()
    box.escapeButton().click()
    settle()
    assert view.session.state is State.ANSWERING
    assert QApplication.focusWidget() is view.page.answer_widget.combos()[1]


def test_one_blank_match_row_is_named_in_the_singular(
    qtbot: QtBot, settings: QSettings, loader: Callable
) -> None:
    window = open_window(qtbot, settings, loader)
    view = show_questions(window, "match-quotes")
    full = correct_response(view.session.current.question, view.session.quiz)
    count = len(full.choices)
    view.page.answer_widget.set_response(MatchResponse((*full.choices[:-1], None)))
    settle()
    assert view._check_hint.text() == f"No answer yet on row {count}."


def test_the_feedback_counts_the_rows_instead_of_repeating_their_verdicts(
    qtbot: QtBot, settings: QSettings, loader: Callable
) -> None:
    view = _classify(qtbot, settings, loader)
    view.check_button.click()
    next(b for b in view.incomplete_box.buttons() if "anyway" in b.text()).click()
    settle()
    details = view.page.feedback.details.toPlainText()
    assert "2 right answers, 0 wrong, 5 missed" in details
    assert "Missed —" not in details and "✔ Right" not in details
    rows = view.page.answer_widget._rows
    assert rows.badges[1].text.startswith("➜ Missed")
    assert rows.text_labels[1].accessibleDescription() == rows.badges[1].text
