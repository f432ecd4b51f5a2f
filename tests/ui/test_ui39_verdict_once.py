"""ui39: a single-choice or true/false answer's verdict stands once, under the row (and in its
button's accessible description); the feedback panel names the row picked and, when it was
not the right one, the right one, with no mark and no reason: it repeated « ✘ Wrong — … »
word for word under « Your answer: » (seen in the real window)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from quizapp.engine import ChoiceResponse, Response, TrueFalseResponse
from tests.ui.student_helpers import open_window, settle, show_questions

MARKS = ("✔", "✘", "➜")


def _checked(qtbot: QtBot, settings: QSettings, loader: Callable, qid: str, answer: Response):
    window = open_window(qtbot, settings, loader)
    view = show_questions(window, qid)
    view.page.answer_widget.set_response(answer)
    view.check_button.click()
    settle()
    return view.page.feedback.details.toPlainText()


def test_a_wrong_single_choice_names_the_pick_and_the_right_option_without_marks(
    qtbot: QtBot, settings: QSettings, loader: Callable
) -> None:
    text = _checked(qtbot, settings, loader, "who-emballe", ChoiceResponse(frozenset({1})))
    answer = text.split("Your answer:\n", 1)[1].split("\n\n", 1)[0]
    assert answer.splitlines() == [
        "2. Un autre républicain proche de la Maison-Blanche",
        "The right answer: 3. Un fonctionnaire de la Maison-Blanche",
    ]
    assert not any(mark in answer for mark in MARKS)


def test_a_right_true_false_names_the_pick_once(
    qtbot: QtBot, settings: QSettings, loader: Callable
) -> None:
    text = _checked(qtbot, settings, loader, "two-anonymous-sources", TrueFalseResponse(True))
    answer = text.split("Your answer:\n", 1)[1].split("\n\n", 1)[0]
    assert answer.splitlines() == ["1. True"]
    assert "the statement is true" not in text.split("Your answer:", 1)[1]


def test_a_multiple_choice_still_lists_each_mark(
    qtbot: QtBot, settings: QSettings, loader: Callable
) -> None:
    text = _checked(qtbot, settings, loader, "vague-or-anonymous", ChoiceResponse(frozenset({0})))
    assert any(mark in text.split("Your answer:", 1)[1] for mark in MARKS)


def test_after_check_tab_reaches_each_option_with_its_mark(
    qtbot: QtBot, settings: QSettings, loader: Callable
) -> None:
    """The disabled buttons leave Tab; the options' texts take it, each saying its mark and
    why, so the panel need not list them for the keyboard (ui38 kept them there for that)."""
    window = open_window(qtbot, settings, loader)
    view = show_questions(window, "who-emballe")
    view.page.answer_widget.set_response(ChoiceResponse(frozenset({1})))
    view.check_button.click()
    settle()
    rows = view.page.answer_widget._rows
    labels = rows._labels
    assert all(label.focusPolicy() == Qt.FocusPolicy.StrongFocus for label in labels)
    picked = labels[view.page.answer_widget._order.index(1)]
    assert picked.accessibleDescription().startswith("✘ Wrong — ")
