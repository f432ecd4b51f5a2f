"""A passage that is itself a quotation is not wrapped in a second pair of marks (mend35ui).

ui35 paired the marks of each passage in the student's feedback; the list then wrapped each
in « … », so a passage quoted whole read « «Il a clairement abusé…» », heavy. A passage that
starts and ends with its own marks, all paired, is shown as the article writes it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from quizapp.engine.keys import wrong_response
from quizapp.ui.quiz.paired_marks import in_marks
from tests.ui.student_helpers import open_window, settle, show_questions


@pytest.mark.parametrize(
    ("passage", "shown"),
    [
        ("«Nous partirons»", "«Nous partirons»"),
        ("“We leave tomorrow”", "“We leave tomorrow”"),
        ("« Oui » et « non »", "« Oui » et « non »"),
        ("« Nous partirons », a-t-elle dit", "« Nous partirons », a-t-elle dit"),
        ("La maire a parlé", "« La maire a parlé »"),
    ],
)
def test_only_a_passage_between_its_own_marks_is_shown_bare(passage: str, shown: str) -> None:
    assert in_marks(passage) == shown


def test_the_feedback_shows_a_whole_quotation_with_one_pair_of_marks(
    qtbot: QtBot, settings: QSettings, loader: Callable
) -> None:
    window = open_window(qtbot, settings, loader)
    view = show_questions(window, "anonymous-opinion")
    question = view.session.current.question
    view.page.answer_widget.set_response(wrong_response(question, view.session.quiz))
    view.check_button.click()
    settle()
    details = view.page.feedback.details.toPlainText()
    lines = [line for line in details.splitlines() if line[:3] == "1. "]
    assert lines and lines[-1].startswith("1. «Il a clairement"), details
    assert "« «" not in details and "» »" not in details, details


def test_the_feedback_and_the_drafter_count_unpaired_marks_with_one_function() -> None:
    """tidy35 found the count written twice, in ui/quiz/paired_marks and draft/wording."""
    from quizapp.draft.drafting.wording import passages
    from quizapp.model import text
    from quizapp.ui.quiz import paired_marks

    assert paired_marks.unmatched_marks is passages.unmatched_marks is text.unmatched_marks
    assert text.unmatched_marks("» a dit X « et", "«", "»") == (1, 1)
