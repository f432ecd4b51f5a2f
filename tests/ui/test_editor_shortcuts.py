"""No key does two things: every shortcut of the main window (with the study flow and the
editor's doors) and of the editor window belongs to one action only."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from tests.ui.study_helpers import Clock, study_window


def _shared_keys(window: QWidget) -> list[str]:
    keys = Counter(
        key.toString(QKeySequence.SequenceFormat.PortableText)
        for action in window.findChildren(QAction)
        for key in action.shortcuts()
        if not key.isEmpty()
    )
    return [key for key, count in keys.items() if count > 1]


def test_the_main_window_has_no_shared_shortcut(qtbot, settings, loader, tmp_path: Path) -> None:
    window, _flow = study_window(qtbot, settings, loader, tmp_path, [], Clock())
    assert window.findChildren(QAction), "no actions found"
    assert _shared_keys(window) == []


def test_the_editor_has_no_shared_shortcut(qtbot, settings, tmp_path, no_dialogs) -> None:
    from quizapp.ui.editor.entry import open_new_editor

    window = open_new_editor(settings, tmp_path / "data")
    qtbot.addWidget(window)
    assert _shared_keys(window) == []


def _mnemonic(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].casefold() if 0 <= at < len(text) - 1 else None


def test_no_field_or_button_takes_the_alt_key_of_a_menu(
    qtbot, settings, tmp_path, no_dialogs
) -> None:
    from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

    from quizapp.ui.editor.entry import open_editor_on_file

    path = tmp_path / "mine.quiz.yaml"
    path.write_bytes(
        (Path(__file__).parents[2] / "questions" / "stargate-musk.fr.quiz.yaml").read_bytes()
    )
    window = open_editor_on_file(settings, tmp_path / "data", path)
    qtbot.addWidget(window)
    window.show()
    menus = {_mnemonic(a.text()) for a in window.menuBar().actions()} - {None}
    for row in (0, 1, 45):
        window.questions.setCurrentRow(row)
        QApplication.processEvents()
        texts = [w.text() for w in window.findChildren(QAbstractButton) if w.isVisible()]
        texts += [w.text() for w in window.findChildren(QLabel) if w.isVisible() and w.buddy()]
        clashes = [t for t in texts if _mnemonic(t) in menus]
        assert clashes == [], clashes
