"""Trying a question or the set that cannot load yet says what to fix in the form's own words
(the names beside the fields, never the file's keys) and which question, numbered as in the
list."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from quizapp.sets.editing.commands import SetValue
from quizapp.ui.editor.entry import open_new_editor
from tests.ui.editor_helpers import ARTICLE, paste_article


def test_not_ready_to_try_is_said_in_the_forms_words(qtbot, settings, tmp_path, no_dialogs) -> None:
    window = open_new_editor(settings, tmp_path / "data", language="en")
    qtbot.addWidget(window)
    paste_article(window, ARTICLE)
    window.draft.apply(SetValue(("title",), ""))  # the set named after the pasted headline
    window.actions.actions["add_true_false"].trigger()
    window.actions.actions["add_single_choice"].trigger()
    QApplication.processEvents()
    window.actions.actions["try_question"].trigger()  # the second question, empty
    (asked,) = no_dialogs
    assert asked.startswith("Not ready to try: Fix these first:")
    assert "Question 2: Fill in “Question”." in asked
    assert "'prompt'" not in asked and "'title'" not in asked and "'outlet'" not in asked
    no_dialogs.clear()
    window.actions.actions["try_set"].trigger()
    (asked,) = no_dialogs
    assert "Fill in “Title of the set”." in asked and "Fill in “News outlet”." in asked
    assert "Question 1: Fill in “Statement to judge”." in asked
    assert "'title'" not in asked and "'outlet'" not in asked
