"""teacher52, seen in the real window: a Word copy of a News & Observer article drafted a
classify question whose claim read « By staff writer, The News _Observer » in the review's
form: the claim's label has a buddy, so Qt took its « & » for a shortcut letter, hid it and
underlined the « O » (and Alt+O, « Open a file… », now went to that claim's choices).
An article's words are shown as written, whatever « & » they hold."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from quizapp.ui.draft.draft_proposal import ProposalForm

_NAMES = {"named": "Named source", "author": "The outlet itself"}


def _claim_labels(form: ProposalForm) -> list[QLabel]:
    return [label for label in form.widget().findChildren(QLabel) if label.buddy() is not None]


def test_a_claim_with_an_ampersand_is_shown_as_written(qtbot: QtBot) -> None:
    form = ProposalForm()
    qtbot.addWidget(form)
    items = [
        {"claim": "Marks & Spencer will close the store", "label": "named"},
        {"claim": "AT&T cut prices", "label": "author"},
    ]
    draft = {"id": "classify-article", "type": "classify", "prompt": "Where?", "items": items}
    form.show_draft(draft, _NAMES, ["named", "author"], None)
    shown = [label.text() for label in _claim_labels(form) if label.text()[:1].isdigit()]
    assert shown == ["1. Marks && Spencer will close the store", "2. AT&&T cut prices"]
