"""ui37: the paragraph a classify question is about was marked by a pale shading only; a
learner who does not see the colour (a screen reader, a washed-out screen: ui37's
walk-through) had nothing to go by. A visible line above the text says which paragraph it
is by its first words, and the text's accessible description says the same."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from tests.ui.student_helpers import open_window, settle, show_questions


def test_the_shaded_paragraph_is_named_in_words(
    qtbot: QtBot, settings: QSettings, loader: Callable
) -> None:
    window = open_window(qtbot, settings, loader)
    pane = show_questions(window, "classify-paragraph-3").article
    note = pane.paragraph_note
    assert note.isVisible() and "shaded paragraph" in note.text()
    assert "Il est très rare qu’un conseiller principal" in note.text()
    assert note.text() in pane.text_view.accessibleDescription()


def test_no_paragraph_no_line(qtbot: QtBot, settings: QSettings, loader: Callable) -> None:
    window = open_window(qtbot, settings, loader)
    view = show_questions(window, "classify-titles")
    settle()
    assert view.article.paragraph_note.isHidden()
