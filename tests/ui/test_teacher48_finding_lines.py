"""A finding's line in the review when the drafter found words said but no speaker (teacher48:
« [Vague group, to check] : Books not cuts », a colon after nothing, the placards of a
protest): the line says the speaker was not found, which « Who said it » can mend."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from quizapp.ui.draft.review_memory import forget_all
from tests.ui.review_helpers import open_review

TEXT = (
    "Library to close\n\n"
    '"We simply cannot justify it," said councillor Martin Greaves.\n\n'
    "More than 2,000 people signed a petition against the closure, and around forty "
    "protesters gathered outside the town hall before the meeting, holding placards "
    'reading "Books not cuts".\n'
)


def test_a_statement_without_a_speaker_says_so(qtbot: QtBot) -> None:
    forget_all()
    dialog = open_review(qtbot, TEXT, language="en")
    lines = [dialog._findings.item(n).text() for n in range(dialog._findings.count())]
    placard = next(line for line in lines if "Books not cuts" in line)
    assert "(speaker not found): Books not cuts" in placard
    assert " : " not in placard
    greaves = next(line for line in lines if "Martin Greaves" in line)
    assert "not found" not in greaves
