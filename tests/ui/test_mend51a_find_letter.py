"""The locate question's find field has an Alt letter no other thing of the quiz window uses,
in English and in French (review51 F6).

teacher51 labelled it « &Find in the article (Ctrl+F): » / « &Trouver dans l’article (Ctrl+F) : »:
F is the File menu's letter, T the French Tools menu's (« Ou&tils »), so the letter opened the
menu and never reached the field. The menu bar's titles and every shown label and button of the
window are read; the find label's letter must be its own and must put the keyboard in the field.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.student_helpers import open_window, settle, show_questions


def _letter(text: str) -> str | None:
    text = text.replace("&&", "")
    at = text.find("&")
    return text[at + 1].casefold() if 0 <= at < len(text) - 1 else None


def _owners(window: QWidget) -> dict[str, list[str]]:
    """Each Alt letter of ``window``: the menu bar's titles, its shown labels and buttons."""
    owners: dict[str, list[str]] = defaultdict(list)
    for action in window.menuBar().actions():
        if letter := _letter(action.text()):
            owners[letter].append(f"menu:{action.text()}")
    for widget in window.findChildren(QWidget):
        shown = widget.isVisibleTo(window) and isinstance(widget, QLabel | QAbstractButton)
        if shown and (letter := _letter(widget.text())):
            owners[letter].append(f"{type(widget).__name__}:{widget.text()}")
    return owners


def test_the_find_fields_letter_is_its_own_and_reaches_the_field(
    qtbot: QtBot, settings: QSettings, loader: Callable, language: str
) -> None:
    window = open_window(qtbot, settings, loader)
    view = show_questions(window, "locate-first-source")
    find = view.page.answer_widget.find
    letter = _letter(find._label.text())
    assert letter is not None
    owners = _owners(window)
    assert owners[letter] == [f"QLabel:{find._label.text()}"], sorted(owners.items())
    view.article.text_view.setFocus()
    qtbot.keyClick(view.article.text_view, letter, Qt.KeyboardModifier.AltModifier)
    settle()
    assert QApplication.focusWidget() is find.field
