"""teacher52: her set's questions speak of the article (« In the article: where does each of
these claims come from? »), and the Moodle export's report said nothing of it: the article
does not go to Moodle, so her students there would answer about a text they cannot see. The
report now says so, and what to do, in both languages; a set with no article gets no such
line."""

from __future__ import annotations

import pytest

from quizapp.interchange.convert import export_set
from quizapp.model import QuizSet
from quizapp.sets import catalog


def _notes(quizset: QuizSet, file_format: str) -> list[str]:
    _, report = export_set(quizset, file_format)
    return [str(note) for note in report.notes]


@pytest.mark.parametrize("file_format", ["moodle-xml", "gift"])
def test_the_report_says_the_article_stays_behind(small_quiz: QuizSet, file_format: str) -> None:
    assert small_quiz.article is not None
    notes = _notes(small_quiz, file_format)
    assert any("article" in note and "Moodle" in note and "Page" in note for note in notes)


def test_the_french_report_says_it_in_french(small_quiz: QuizSet) -> None:
    catalog.set_language("fr")
    try:
        notes = _notes(small_quiz, "moodle-xml")
    finally:
        catalog.set_language("en")
    assert any("L’article ne va pas dans Moodle" in note for note in notes)


def test_a_set_with_no_article_gets_no_such_line(small_quiz: QuizSet) -> None:
    bare = small_quiz.model_copy(update={"article": None})
    assert not any("article does not go" in note for note in _notes(bare, "moodle-xml"))
