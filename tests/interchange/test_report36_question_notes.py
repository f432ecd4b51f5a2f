"""The export report keeps each line's question id apart from what befell the question.

The window's report named questions by reading « classify-4: » back out of each line with a
regex (ui36b); the report now carries the id beside the text, and the command's lines, in
English and French, read as they did.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from quizapp.interchange.convert import export_set
from quizapp.interchange.moodle_map import QuestionNote
from quizapp.model import QuizSet
from quizapp.sets import catalog


@pytest.fixture
def in_french() -> Iterator[None]:
    catalog.set_language("fr")
    yield
    catalog.set_language("en")


def test_a_skipped_question_keeps_its_id_apart(small_quiz: QuizSet) -> None:
    _, report = export_set(small_quiz, "moodle-xml")
    (skipped,) = report.skipped
    assert skipped == QuestionNote("where", skipped.text)
    assert skipped.text.startswith("locate questions need the article")


def test_gift_notes_name_their_question_apart(small_quiz: QuizSet) -> None:
    _, report = export_set(small_quiz, "gift")
    points = [note for note in report.notes if isinstance(note, QuestionNote)]
    assert points and all(not note.text.startswith(note.question_id) for note in points)
    assert any(note.text.startswith("GIFT has no place for points") for note in points)


def test_the_command_lines_read_as_before(small_quiz: QuizSet) -> None:
    _, report = export_set(small_quiz, "moodle-xml")
    assert "  not exported where: locate questions need the article" in "\n".join(report.lines())


def test_the_french_lines_keep_their_space_before_the_colon(
    small_quiz: QuizSet, in_french: None
) -> None:
    _, report = export_set(small_quiz, "moodle-xml")
    assert "  non exportée : where : " in "\n".join(report.lines())
