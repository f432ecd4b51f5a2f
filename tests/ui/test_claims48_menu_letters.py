"""Each entry of every menu of the editor and of the draft review has a letter of its own, in
English and in French (claims48). teacher48 found D given to Duplicate, Delete and « Draft
questions from the article… » in the editor's Question menu: with no question selected D
drafted, once the set had questions it went to Duplicate first and Enter was needed on the
right one. The menu bar's titles are checked as one more menu; a separator, or a language
named in itself (no mnemonic, ``ViewMenus``), is no entry to press a letter for."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from tests.ui.editor_helpers import open_built_in_editor
from tests.ui.review_helpers import open_review

TEXT = (
    "La cantine passe au bio\n\n"
    "Le conseil municipal de Saint-Aubin a voté lundi le passage au bio de la cantine. "
    "« Nos enfants méritent de manger mieux », a déclaré le maire, Paul Durand.\n"
)


def _letter(text: str) -> str | None:
    text = text.replace("&&", "")
    at = text.find("&")
    return text[at + 1].casefold() if 0 <= at < len(text) - 1 else None


def _clashes(title: str, actions: list[QAction], endonyms: set[str]) -> list[str]:
    """The entries of one menu sharing a letter, or with none."""
    owners: dict[str | None, list[str]] = defaultdict(list)
    for action in actions:
        if action.isSeparator() or not action.isVisible() or action.text() in endonyms:
            continue
        shown = not action.isEnabled() and action.menu() is None and not action.isCheckable()
        if shown and _letter(action.text()) is None:
            continue  # a line shown, not a command (the zoom level in force)
        owners[_letter(action.text())].append(action.text())
    return [
        f"{title}: {names}" for letter, names in owners.items() if letter is None or len(names) > 1
    ]


def _menu_clashes(window: QWidget) -> list[str]:
    from quizapp.ui.shell.i18n import ENDONYMS

    endonyms = set(ENDONYMS.values())
    clashes = []
    if hasattr(window, "menuBar"):
        clashes += _clashes("menu bar", window.menuBar().actions(), endonyms)
    for menu in window.findChildren(QMenu):
        clashes += _clashes(menu.title() or menu.objectName(), menu.actions(), endonyms)
    return clashes


def test_every_editor_menu_gives_each_entry_its_own_letter(
    qtbot, settings, tmp_path, no_dialogs, language
) -> None:
    window = open_built_in_editor(qtbot, settings, tmp_path)
    window.questions.setCurrentRow(1)
    QApplication.processEvents()
    menus = window.findChildren(QMenu)
    assert len(menus) >= 6  # File, Edit, Question, Add a question, View, Theme, Language
    assert "\n".join(_menu_clashes(window)) == "", language


def test_the_review_gives_each_menu_entry_its_own_letter(qtbot, language) -> None:
    dialog = open_review(qtbot, TEXT)
    assert "\n".join(_menu_clashes(dialog)) == "", language
