"""ui40: every control of the review of drafted questions has a name a screen reader speaks,
whichever proposal is shown (a classify, a who-said-this, a match, a locate, a true/false),
the line edit of the editable « Who said it » box included."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.ui.draft.draft_findings import FindingSpeakerRow
from tests.ui.review_helpers import open_review
from tests.ui.test_accessibility import nameless, spoken_name


def test_each_proposal_shown_leaves_no_control_nameless(qtbot: QtBot) -> None:
    dialog = open_review(qtbot)
    problems: dict[str, int] = {}
    for row in range(dialog._questions.count()):
        dialog._questions.setCurrentRow(row)
        QApplication.processEvents()
        for control in nameless(dialog):
            problems.setdefault(control, row)
    assert problems == {}


def test_the_speaker_box_is_named_where_the_keyboard_types(qtbot: QtBot) -> None:
    """The editable box's line edit has the keyboard: it carries the box's name."""
    dialog = open_review(qtbot)
    row = dialog.findChild(FindingSpeakerRow)
    assert spoken_name(row.combo.lineEdit()) == "Who said the selected finding"
