"""The kind of question changed from the keyboard (teacher10's walk-through): Down on the closed
"Kind of question" list rebuilt the form inside the list's own key event, deleting the list
under Qt's feet, and the whole app crashed (a segmentation fault, the set's unsaved work left to
the recovery file). The change now waits for the key to be over."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from quizapp.ui.editor.entry import open_new_editor
from tests.ui.editor_helpers import ARTICLE, add_question, named, paste_article


def test_down_and_up_on_the_kind_of_question_change_it_and_the_form(
    qtbot, settings, tmp_path, no_dialogs
) -> None:
    window = open_new_editor(settings, tmp_path / "data", language="en")
    qtbot.addWidget(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    paste_article(window, ARTICLE)
    add_question(window, "multiple_choice")
    index = window.current_question()
    window.draft.data["questions"][index]["prompt"] = "Qui parle ?"
    for key, kind in ((Qt.Key.Key_Down, "true_false"), (Qt.Key.Key_Up, "multiple_choice")):
        box = named(window.form, QComboBox, "Kind of question")
        box.setFocus()
        qtbot.keyClick(box, key)
        qtbot.waitUntil(lambda k=kind: window.draft.data["questions"][index]["type"] == k)
        qtbot.waitUntil(lambda k=kind: named(window.form, QComboBox, "Kind of question")
                        .currentData() == k)  # fmt: skip
    assert window.draft.data["questions"][index]["prompt"] == "Qui parle ?"
    window.draft.undo()
    assert window.draft.data["questions"][index]["type"] == "true_false"
