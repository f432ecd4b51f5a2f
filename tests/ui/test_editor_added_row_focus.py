"""What the teacher types after "Add an answer" goes into the new answer (teacher10's
walk-through: Alt+A added a row, the form was redrawn with the focus back in the question, and
"Republican lawmakers" was typed in front of the question). The same for every list of rows:
claims to classify, pairs, evidence."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QPushButton

from quizapp.ui.editor.entry import open_new_editor
from tests.ui.editor_helpers import ARTICLE, add_question, paste_article


@pytest.mark.parametrize(
    ("kind", "button", "first_field"),
    [
        ("single_choice", "Add an answer", ("options", "text")),
        ("classify", "Add a claim", ("items", "claim")),
        ("match", "Add a pair", ("pairs", "left")),
        ("single_choice", "Add evidence", ("evidence", None)),
    ],
)
def test_the_first_field_of_an_added_row_takes_the_keys(
    qtbot, settings, tmp_path, no_dialogs, kind, button, first_field
) -> None:
    window = open_new_editor(settings, tmp_path / "data", language="en")
    qtbot.addWidget(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    paste_article(window, ARTICLE)
    add_question(window, kind)
    index = window.current_question()
    window.form.prompt.setFocus()  # where the teacher was: the question itself
    qtbot.waitUntil(window.form.prompt.hasFocus)
    add = next(b for b in window.form.findChildren(QPushButton) if b.accessibleName() == button)
    key, field = first_field
    count = len(window.draft.data["questions"][index].get(key) or [])
    add.animateClick()  # as Alt+its letter does
    qtbot.waitUntil(lambda: len(window.draft.data["questions"][index].get(key) or []) == count + 1)
    QApplication.processEvents()
    rows = window.draft.data["questions"][index][key]
    path = ("questions", index, key, len(rows) - 1) + ((field,) if field else ())
    qtbot.waitUntil(lambda: (QApplication.focusWidget() or window).property("quizapp_path")
                    == repr(path))  # fmt: skip
