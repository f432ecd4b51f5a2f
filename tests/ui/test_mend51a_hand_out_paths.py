"""The hand-out text names menu entries that exist, in English and in French (review51 F7).

teacher51's text told students to open the set with « File > Open a file… » / « Fichier >
Ouvrir un fichier… »: that is the library's button, not an entry of the File menu (« Open… » /
« Ouvrir… »). Every « Menu > Entry… » the text names is looked up in the main window's menus,
where students open, take and export a set and the teacher reads the class results
(with the study flow, which adds File > Export results…, as the app builds it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.qtbot import QtBot

from quizapp.ui.editor.disk.hand_out import HandOut
from tests.ui.study_helpers import Clock, study_window

_PATH = re.compile(r"(\w+) > ([^()]+?(?:\([^)]*\))?…)")


def _entries(window: QWidget) -> set[tuple[str, str]]:
    """(menu title, entry) of every entry of the window's menus, without Alt letters."""
    return {
        (menu.title().replace("&", ""), action.text().replace("&", ""))
        for menu in window.findChildren(QMenu)
        for action in menu.actions()
    }


def test_every_menu_entry_the_hand_out_names_is_in_the_window(
    qtbot: QtBot, settings: QSettings, loader: Callable, tmp_path: Path, language: str
) -> None:
    window, _flow = study_window(qtbot, settings, loader, tmp_path, [], Clock())
    said = HandOut(window, None).how(Path("fire.quiz.yaml"))
    named = _PATH.findall(said)
    assert len(named) == 4, said  # open, export results, class results, Moodle
    missing = [path for path in named if path not in _entries(window)]
    assert missing == [], sorted(_entries(window))
    assert "…." not in said and "…)." in said  # no full stop doubling an ellipsis
