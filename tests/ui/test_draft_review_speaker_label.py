"""In the draft review, the kind of source follows the speaker the teacher gives a statement
(teacher11: she typed « Elon Musk » for a statement of « Un autre républicain proche de la
Maison-Blanche » and the finding stayed an anonymous source), unless she chose the kind
herself; cancelling forgets it, adding keeps it for the next opening."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from quizapp.ui.draft.draft_review import DraftReviewDialog
from quizapp.ui.draft.review_memory import forget_all
from tests.ui.review_helpers import open_review

pytestmark = pytest.mark.usefixtures("fresh_review")


def _dialog(qtbot: QtBot) -> tuple[DraftReviewDialog, int]:
    dialog = open_review(qtbot)
    assert dialog._analysis is not None
    for index, found in enumerate(dialog._analysis.attributions):
        if dialog._analysis.passage(found.content).startswith("Il a clairement abusé"):
            dialog._findings.setCurrentRow(index)
            return dialog, index
    raise AssertionError("finding not drafted")


def _say(dialog: DraftReviewDialog, speaker: str) -> None:
    line = dialog._speaker_row.combo.lineEdit()
    line.setText(speaker)
    line.returnPressed.emit()


def _label(dialog: DraftReviewDialog, index: int) -> str:
    assert dialog._analysis is not None
    return dialog._analysis.attributions[index].label


def test_the_kind_of_source_follows_the_new_speaker(qtbot: QtBot) -> None:
    dialog, index = _dialog(qtbot)
    assert _label(dialog, index) == "anonymous"
    _say(dialog, "Elon Musk")
    assert _label(dialog, index) == "named"
    assert dialog._finding_row.combo.currentText() == dialog._labels["named"]
    assert dialog._findings.item(index).text().startswith(f"[{dialog._labels['named']}]")
    _say(dialog, "certains alliés")
    assert _label(dialog, index) == "vague"


def test_a_kind_the_teacher_chose_stays(qtbot: QtBot) -> None:
    dialog, index = _dialog(qtbot)
    dialog._finding_row.chosen.emit("vague")
    _say(dialog, "Elon Musk")
    assert _label(dialog, index) == "vague"
    assert dialog._finding_row.combo.currentText() == dialog._labels["vague"]


def test_cancel_forgets_the_new_kind_and_adding_keeps_it(qtbot: QtBot) -> None:
    dialog, index = _dialog(qtbot)
    _say(dialog, "Elon Musk")
    dialog.reject()
    dialog, index = _dialog(qtbot)
    assert _label(dialog, index) == "anonymous"
    _say(dialog, "Elon Musk")
    dialog.accept()
    dialog, index = _dialog(qtbot)
    assert _label(dialog, index) == "named"
    assert dialog._analysis is not None
    assert dialog._analysis.attributions[index].speaker == "Elon Musk"


def _state(dialog: DraftReviewDialog, index: int) -> tuple:
    assert dialog._analysis is not None
    found = dialog._analysis.attributions[index]
    return found.speaker, found.label, dialog._findings.item(index).text(), dialog._drafts


def test_reopening_gives_her_corrections_in_the_order_she_made_them(qtbot: QtBot) -> None:
    """teacher12: labels and speakers were replayed as two lists, one after the other."""
    for first_label in (True, False):
        forget_all()
        dialog, index = _dialog(qtbot)
        if first_label:
            dialog._finding_row.chosen.emit("vague")
        _say(dialog, "Elon Musk")
        if not first_label:
            dialog._finding_row.chosen.emit("vague")
        assert _label(dialog, index) == "vague"
        left = _state(dialog, index)
        dialog.accept()
        dialog, index = _dialog(qtbot)
        assert _state(dialog, index) == left
