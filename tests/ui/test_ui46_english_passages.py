"""ui46: an English quiz listed the passages of its feedback between French guillemets, one of
them cut inside a quotation typed with straight marks (« We have protected … seven," she
told », ui45's walk-through). The list now writes the set's language's pair, and a straight "
is paired by its rank in the paragraph, so no passage opens inside a quotation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from ruamel.yaml import YAML

from quizapp.engine import QuizSession
from quizapp.engine.keys import wrong_response
from quizapp.ui.quiz.paired_marks import in_marks, paired_passage, paired_span
from tests.ui.student_helpers import open_window, settle

ARTICLE = (
    "Library hours cut from March\n"
    "Councillor Jane Hale defended the plan. \"We have protected the children's hours. "
    'We kept six of the seven," she told the meeting.\n'
    "The library opened in 1962."
)
CUT = 'We kept six of the seven," she told'  # the drafter's evidence: it opens inside the quote


def _span(passage: str) -> tuple[int, int]:
    start = ARTICLE.index(passage)
    return start, start + len(passage)


@pytest.mark.parametrize(
    ("language", "shown"),
    [
        ("en", "“The library opened in 1962.”"),
        ("en-GB", "“The library opened in 1962.”"),
        ("fr", "« The library opened in 1962. »"),
    ],
)
def test_a_passage_is_listed_between_the_marks_of_the_sets_language(
    language: str, shown: str
) -> None:
    assert in_marks("The library opened in 1962.", language) == shown


def test_a_passage_cut_inside_straight_marks_is_widened_to_the_quotation() -> None:
    passage = paired_passage(ARTICLE, *_span(CUT))
    assert passage == ARTICLE[ARTICLE.index('"We have') : ARTICLE.index(" the meeting")]
    assert in_marks(passage, "en") == passage  # its own marks, paired: no second pair


def test_a_passage_ending_inside_straight_marks_takes_the_closing_one() -> None:
    start, end = paired_span(ARTICLE, *_span('Councillor Jane Hale defended the plan. "We have'))
    assert ARTICLE[start:end].endswith('seven,"')


def test_a_paragraph_whose_straight_marks_do_not_pair_is_left_as_it_is() -> None:
    text = 'Title\n"We will not give up. We kept six,\n"And we will keep them."'
    start = text.index("We kept")
    assert paired_span(text, start, start + 12) == (start, start + 12)


def _english_set(folder: Path) -> Path:
    data = {
        "schema_version": 1,
        "id": "library-hours",
        "title": "Library hours: who says what?",
        "language": "en",
        "article": {"title": "Library hours cut from March", "outlet": "Gazette", "text": ARTICLE},
        "questions": [
            {
                "id": "who",
                "type": "single_choice",
                "prompt": "Who says “We kept six of the seven”, according to the article?",
                "options": [
                    {"text": "Jane Hale", "correct": True},
                    {"text": "The library"},
                ],
                "explanation": "“she told”: the source is Jane Hale, a named source.",
                "evidence": [CUT],
            }
        ],
    }
    path = folder / "library.quiz.yaml"
    with path.open("w", encoding="utf-8") as stream:
        YAML(typ="safe").dump(data, stream)
    return path


def test_the_feedback_of_an_english_quiz_shows_english_marks(
    qtbot: QtBot, settings: QSettings, loader: Callable, tmp_path: Path
) -> None:
    window = open_window(qtbot, settings, loader)
    window.open_path(_english_set(tmp_path))
    settle()
    entry = next(e for e in window.library.entries() if e.quiz.id == "library-hours")
    view = window.show_session(entry, QuizSession(entry.quiz, 0))
    settle()
    question = view.session.current.question
    view.page.answer_widget.set_response(wrong_response(question, view.session.quiz))
    view.check_button.click()
    settle()
    details = view.page.feedback.details.toPlainText()
    line = next(line for line in details.splitlines() if line.startswith("1. "))
    quotation = '"We have protected the children\'s hours. We kept six of the seven," she told'
    assert line == f"1. {quotation}"
    assert "«" not in details and "»" not in details
