"""mend46a (review of ui46, findings 3 and 5): inch marks in an even number were paired as
quotation marks ('The 5" screen and the 7" one.' showed `" screen and the 7" one`); a straight
" right after a figure is no quotation mark. And the set's primary language is read by one
helper with no Qt, for the editor and the student's feedback alike."""

from __future__ import annotations

import pytest

from quizapp.ui.quiz.paired_marks import in_marks, paired_passage


def _passage(text: str, words: str) -> str:
    start = text.index(words)
    return paired_passage(text, start, start + len(words))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('The 5" screen and the 7" one.', '7" one'),
        ('A 12" pizza and a 16" one cost more.', '16" one'),
        ('The 5" screen and the 7" one.\nNext line.', "screen and"),
    ],
)
def test_an_inch_mark_is_no_quotation_mark(text: str, words: str) -> None:
    assert _passage(text, words) == words


def test_a_quotation_beside_an_inch_mark_is_still_widened() -> None:
    text = 'The 7" screen was fine. "We kept six of the seven," she told the meeting.'
    assert _passage(text, 'seven," she told') == '"We kept six of the seven," she told'


def test_the_primary_language_is_read_with_no_qt() -> None:
    from quizapp.model.quizset import primary
    from quizapp.ui.editor.forms import set_language

    assert primary("en-GB") == "en" and primary(None) == ""
    assert set_language.primary is primary
    assert in_marks("It opened.", "EN-us") == "“It opened.”"
