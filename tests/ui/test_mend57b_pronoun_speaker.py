"""A pronoun typed as a statement's speaker in the review (mend57b): « il » named no one, the
true/false on the kind of source read « Dans l'article, il est un groupe vague. » and was
answered. It is refused: the speaker stays, the row shows it again, the status line says why
in the teacher's words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.ui.shell import i18n
from tests.ui.review_helpers import open_review

pytestmark = pytest.mark.usefixtures("fresh_review")


def test_a_pronoun_as_the_speaker_is_refused_and_said(qtbot: QtBot) -> None:
    i18n.install_language("fr")
    try:
        dialog = open_review(qtbot)
        assert dialog._analysis is not None
        index = 0
        before = dialog._analysis.attributions[index].speaker
        drafts = [dict(draft) for draft in dialog._drafts]
        dialog._findings.setCurrentRow(index)
        line = dialog._speaker_row.combo.lineEdit()
        line.selectAll()
        qtbot.keyClicks(line, "il")
        qtbot.keyClick(line, Qt.Key.Key_Return)
        assert dialog._analysis.attributions[index].speaker == before
        assert dialog._drafts == drafts
        assert dialog._speaker_row.combo.currentText() == before
        assert "« il » ne dit pas qui parle" in dialog._state.text().replace("\xa0", " ")
    finally:
        i18n.install_language("en")
