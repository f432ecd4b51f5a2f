"""Every evidence passage findable: previous / next with a count, each claim its own passage."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from quizapp.engine.keys import correct_response, wrong_response
from quizapp.model.text import find_passage
from quizapp.ui.quiz.quiz_view import QuizView
from tests.ui.student_helpers import open_window, settle, show_questions


def _check(view: QuizView, right: bool = True) -> None:
    question = view.session.current.question
    make = correct_response if right else wrong_response
    view.page.answer_widget.set_response(make(question, view.session.quiz))
    view.check_button.click()
    settle()


def _selected(view: QuizView) -> str:
    return view.article.text_view.textCursor().selectedText()


def _caret_in_view(view: QuizView) -> bool:
    text_view = view.article.text_view
    rect = text_view.cursorRect()
    return rect.top() >= 0 and rect.bottom() <= text_view.viewport().height()


def test_next_and_previous_passage_select_each_one_and_count(
    qtbot: QtBot, settings: QSettings, loader: Callable
) -> None:
    window = open_window(qtbot, settings, loader)
    view = show_questions(window, "match-quotes")
    _check(view)
    text = view.article.article_text
    spans = view.page.evidence_spans()
    assert len(spans) >= 2
    navigator = view.article.navigator
    assert navigator.isVisibleTo(view)
    assert navigator.count_text.startswith(f"Passage 1 of {len(spans)}")
    assert _selected(view) == text[slice(*spans[0])]
    for number, span in enumerate(spans[1:], start=2):
        qtbot.keyClick(view.next_button, Qt.Key.Key_F3)
        assert navigator.count_text.startswith(f"Passage {number} of {len(spans)}")
        assert _selected(view) == text[slice(*span)]  # selected: a screen reader reads it
        assert _caret_in_view(view)
    qtbot.keyClick(view.next_button, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert navigator.count_text.startswith(f"Passage {len(spans) - 1} of {len(spans)}")
    navigator.next_button.click()
    navigator.next_button.click()  # past the last: round to the first
    assert _selected(view) == text[slice(*spans[0])]


def test_each_claim_shows_its_own_passage_told_apart_in_words(
    qtbot: QtBot, settings: QSettings, loader: Callable
) -> None:
    window = open_window(qtbot, settings, loader)
    view = show_questions(window, "classify-paragraph-1")
    _check(view, right=False)
    question = view.session.current.question
    text = view.article.article_text
    spans = view.page.evidence_spans()
    rows = view.page.answer_widget._rows
    for row, item in enumerate(question.items):
        if not item.evidence:
            continue
        own = find_passage(text, item.evidence[0])
        qtbot.mouseClick(rows.text_labels[row], Qt.MouseButton.LeftButton)
        assert _selected(view) == text[slice(*own)]
        number = spans.index(own) + 1
        count = view.article.navigator.count_text
        assert count.startswith(f"Passage {number} of {len(spans)}")
        assert f"claim {row + 1}" in count
        assert f"passage {number} " in rows.badges[row].text or f"passages {number}," in (
            rows.badges[row].text
        )
    rows.text_labels[0].setFocus()  # Tab reaches the claims once their combo boxes are locked
    assert (
        rows.text_labels[0].hasFocus()
        or rows.text_labels[0].focusPolicy() & Qt.FocusPolicy.TabFocus
    )


def test_no_passage_is_revealed_before_the_answer_is_checked(
    qtbot: QtBot, settings: QSettings, loader: Callable
) -> None:
    window = open_window(qtbot, settings, loader)
    view = show_questions(window, "who-emballe")
    assert not view.article.navigator.isVisibleTo(view)


def test_passage_notes_follow_a_language_change(
    qtbot: QtBot, settings: QSettings, loader: Callable
) -> None:
    from quizapp.ui.shell.i18n import install_language

    window = open_window(qtbot, settings, loader)
    view = show_questions(window, "classify-paragraph-1")
    _check(view, right=False)
    question = view.session.current.question
    row = next(row for row, item in enumerate(question.items) if item.evidence)
    rows = view.page.answer_widget._rows
    qtbot.mouseClick(rows.text_labels[row], Qt.MouseButton.LeftButton)
    assert f"evidence for claim {row + 1}" in view.article.navigator.count_text
    try:
        install_language("fr")
        settle()
        assert f"preuve de l’affirmation {row + 1}" in view.article.navigator.count_text
        assert view.article.navigator.count_text.startswith("Passage ")
    finally:
        install_language("en")


def test_a_single_passage_is_counted_without_stepping_buttons(
    qtbot: QtBot, settings: QSettings, loader: Callable
) -> None:
    window = open_window(qtbot, settings, loader)
    view = show_questions(window, "who-emballe")
    _check(view, right=False)
    navigator = view.article.navigator
    assert navigator.isVisibleTo(view) and navigator.count_text == "Passage 1 of 1"
    assert not navigator.next_button.isVisibleTo(view)
    assert _selected(view) == view.article.article_text[slice(*view.page.evidence_spans()[0])]
