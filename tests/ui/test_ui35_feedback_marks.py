"""ui35: the student's feedback of a "who said this?" question listed its passages as the
drafter keeps them, cut inside a quotation, so a line read « «Il a clairement abusé… » with
a guillemet never closed. Each passage is now shown with its marks paired."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from quizapp.engine.keys import wrong_response
from quizapp.model.text import unmatched_marks as lone_marks
from quizapp.ui.quiz.paired_marks import paired_passage
from tests.ui.student_helpers import open_window, settle, show_questions

ARTICLE = "Titre\nLa maire a prévenu : « Nous partirons demain », a-t-elle dit. Fin.\nAutre."


def _span(start: str, end: str) -> tuple[int, int]:
    return ARTICLE.index(start), ARTICLE.index(end) + len(end)


@pytest.mark.parametrize(
    ("start", "end"),
    [("Nous", "dit"), ("La maire", "Nous"), ("La maire", "« "), ("Nous", "demain »")],
)
def test_a_passage_cut_inside_a_quotation_is_widened_to_its_marks(start: str, end: str) -> None:
    passage = paired_passage(ARTICLE, *_span(start, end))
    assert "« Nous partirons demain »" in passage
    assert lone_marks(passage, "«", "»") == (0, 0)


def test_a_mark_with_no_partner_in_its_paragraph_is_left_out() -> None:
    text = "Il a conclu : « Rien de plus\nSuite."
    assert paired_passage(text, 0, text.index("«") + 1) == "Il a conclu"
    quoted = "» dit-elle."
    assert paired_passage(quoted, 0, len(quoted)) == "dit-elle."


def test_english_curly_quotes_pair_too() -> None:
    text = "She said: “We leave tomorrow,” the mayor added."
    passage = paired_passage(text, text.index("We"), len(text))
    assert passage.startswith("“We leave") and lone_marks(passage, "“", "”") == (0, 0)


def test_the_feedback_of_a_who_said_question_shows_paired_marks(
    qtbot: QtBot, settings: QSettings, loader: Callable
) -> None:
    window = open_window(qtbot, settings, loader)
    view = show_questions(window, "anonymous-opinion")
    question = view.session.current.question
    view.page.answer_widget.set_response(wrong_response(question, view.session.quiz))
    view.check_button.click()
    settle()
    details = view.page.feedback.details.toPlainText()
    lines = [line for line in details.splitlines() if line[:1].isdigit() and "«" in line]
    assert lines, details  # the passages (ui39: the options' reasons stay under the options)
    for line in lines:
        assert lone_marks(line, "«", "»") == (0, 0), line


def test_the_article_highlights_the_same_paired_passages(
    qtbot: QtBot, settings: QSettings, loader: Callable
) -> None:
    window = open_window(qtbot, settings, loader)
    view = show_questions(window, "anonymous-opinion")
    question = view.session.current.question
    view.page.answer_widget.set_response(wrong_response(question, view.session.quiz))
    view.check_button.click()
    settle()
    text = view.article.article_text
    shown = [text[start:end] for start, end in view.article.highlighted_spans()]
    assert shown and any("«" in passage for passage in shown), shown
    for passage in shown:
        assert lone_marks(passage, "«", "»") == (0, 0), passage
