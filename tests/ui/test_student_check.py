"""No silent half-answers, a Check that says why it waits, a locate rule that means it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from quizapp.engine import ClassifyResponse, MatchResponse, State
from quizapp.engine.keys import correct_response
from quizapp.ui.quiz.quiz_view import QuizView
from tests.ui.student_helpers import BUILTIN, open_window, settle, show_questions
from tests.ui.study_helpers import Clock, study_window
from tests.ui.study_helpers import settle as settle_flow


def _half_answered(view: QuizView) -> None:
    question = view.session.current.question
    full = correct_response(question, view.session.quiz)
    if isinstance(full, ClassifyResponse):
        partial = ClassifyResponse((full.labels[0], *[None] * (len(full.labels) - 1)))
    else:
        assert isinstance(full, MatchResponse)
        partial = MatchResponse((full.choices[0], *[None] * (len(full.choices) - 1)))
    view.page.answer_widget.set_response(partial)


def test_classify_with_blank_rows_asks_before_checking(
    qtbot: QtBot, settings: QSettings, loader: Callable
) -> None:
    window = open_window(qtbot, settings, loader)
    view = show_questions(window, "classify-paragraph-1")  # seven claims
    _half_answered(view)
    view.check_button.click()
    box = view.incomplete_box
    assert box is not None and box.isVisible()
    assert box.text() == "6 claims have no label yet: check anyway?"
    box.escapeButton().click()  # go back: nothing is scored, the rows can still be filled
    assert view.session.state is State.ANSWERING and view.page.answer_widget.combos()[1].isEnabled()
    view.check_button.click()
    next(b for b in view.incomplete_box.buttons() if "anyway" in b.text()).click()
    assert view.session.state is State.FEEDBACK


def test_match_with_one_blank_row_asks_in_the_singular(
    qtbot: QtBot, settings: QSettings, loader: Callable
) -> None:
    window = open_window(qtbot, settings, loader)
    view = show_questions(window, "match-quotes")
    question = view.session.current.question
    full = correct_response(question, view.session.quiz)
    view.page.answer_widget.set_response(MatchResponse((*full.choices[:-1], None)))
    view.check_button.click()
    assert view.incomplete_box.text() == "1 row has no answer yet: check anyway?"
    assert view.session.state is State.ANSWERING
    view.incomplete_box.escapeButton().click()
    view.page.answer_widget.set_response(full)
    view.check_button.click()  # complete: no question asked
    assert view.session.state is State.FEEDBACK


def test_a_disabled_check_says_why(qtbot: QtBot, settings: QSettings, loader: Callable) -> None:
    window = open_window(qtbot, settings, loader)
    view = show_questions(window, "who-emballe", "locate-first-source")
    assert not view.check_button.isEnabled()
    assert view._check_hint.isVisibleTo(view)
    assert view._check_hint.text() == "Choose an answer first."
    assert view.check_button.accessibleDescription() == "Choose an answer first."
    view.page.answer_widget.buttons()[0].click()
    assert view.check_button.isEnabled() and not view._check_hint.isVisibleTo(view)
    view.check_button.click()
    view.next_button.click()
    assert "Select the passage" in view._check_hint.text()


def test_confidence_turned_on_mid_quiz_applies_from_the_next_question(
    qtbot: QtBot, settings: QSettings, loader: Callable, tmp_path: Path
) -> None:
    window, flow = study_window(qtbot, settings, loader, tmp_path / "db", [BUILTIN], Clock())
    view = window.start_quiz(window.library.entries()[0], seed=0)
    dialog = flow.open_settings()
    assert dialog.confidence_note.isVisibleTo(dialog)
    assert "next question" in dialog.confidence_note.text()
    dialog.confidence.setChecked(True)
    dialog.accept()
    assert view.confidence is None  # not under the learner's hands in this question
    view.page.answer_widget.set_response(
        correct_response(view.session.current.question, view.session.quiz)
    )
    view.check_button.click()
    view.next_button.click()
    assert view.confidence is not None and view._confidence_row.isVisibleTo(view)
    view.page.answer_widget.set_response(
        correct_response(view.session.current.question, view.session.quiz)
    )
    assert not view.check_button.isEnabled()
    assert view._check_hint.text() == "Say how sure you are first: “Sure” or “Not sure”."
    view.confidence.buttons()[0].click()
    assert view.check_button.isEnabled()
    settle_flow(qtbot, flow)


def test_one_word_of_a_five_word_passage_is_too_short_and_said_so(
    qtbot: QtBot, settings: QSettings, loader: Callable
) -> None:
    window = open_window(qtbot, settings, loader)
    view = show_questions(window, "locate-first-source", "locate-first-source")
    text = view.article.article_text
    start = text.index("fonctionnaire de la Maison-Blanche")
    view.article.select_span((start, start + len("fonctionnaire")))
    view.page.answer_widget.use_button.click()
    view.check_button.click()
    settle()
    badge = view.page.answer_widget._badge.text
    assert view.session.results().score == 0
    assert "too short: you selected 1 word of the 5 of the passage" in badge
