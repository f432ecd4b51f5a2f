"""No Alt letter is shared by two things on the editor's screen, in English or in French.

In teacher10's walk-through Alt+D, the key underlined in "Draft questions…", only moved the
focus: "Description:" had the same letter, and Qt cycles between the owners of a shared letter
instead of pressing the button. In French "Proposer des questions…" shared its P with two
more. Each question type's form is checked with the set's form, buttons and menu titles.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from tests.ui.editor_helpers import open_built_in_editor


def _letter(text: str) -> str | None:
    text = text.replace("&&", "")
    at = text.find("&")
    return text[at + 1].casefold() if 0 <= at < len(text) - 1 else None


def _shared_letters(window: QWidget) -> dict[str, list[str]]:
    owners: dict[str, list[str]] = defaultdict(list)
    texts = [action.text() for action in window.menuBar().actions()]
    texts += [w.text() for w in window.findChildren(QAbstractButton) if w.isVisible()]
    texts += [w.text() for w in window.findChildren(QLabel) if w.isVisible() and w.buddy()]
    for text in texts:
        letter = _letter(text)
        if letter:
            owners[letter].append(text)
    return {letter: names for letter, names in owners.items() if len(names) > 1}


def test_each_alt_letter_has_one_owner_on_every_form(
    qtbot, settings, tmp_path, no_dialogs, language
) -> None:
    window = open_built_in_editor(qtbot, settings, tmp_path)
    kinds: dict[str, int] = {}
    for index, question in enumerate(window.draft.data["questions"]):
        kinds.setdefault(question["type"], index + 1)  # row 0 is the set itself
    assert len(kinds) == 6
    for row in [0, *kinds.values()]:
        window.questions.setCurrentRow(row)
        QApplication.processEvents()
        assert _shared_letters(window) == {}, (language, row)
