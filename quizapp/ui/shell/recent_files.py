"""The files the learner opened lately: kept in the settings, listed under File > Open recent.

A small store of its own, apart from the main window: a list of paths in QSettings (which an INI
file gives back as a plain string when it holds one item) and the menu that mirrors it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu

RECENT_KEY = "recent_files"
MAX_RECENT = 8


class RecentFiles:
    """The recent paths, newest first, and the menu that opens them again."""

    def __init__(self, settings: QSettings, menu: QMenu, open_file: Callable[[Path], None]) -> None:
        self._settings = settings
        self._menu = menu
        self._open_file = open_file

    def paths(self) -> list[Path]:
        stored = self._settings.value(RECENT_KEY, [])
        if isinstance(stored, str):  # an INI file gives back a one-item list as a string
            stored = [stored]
        return [Path(item) for item in stored or [] if isinstance(item, str)]

    def remember(self, path: Path) -> None:
        """Put ``path`` first (once), keep the newest ``MAX_RECENT``, and show them."""
        text = str(path.resolve())
        recent = [text] + [str(p) for p in self.paths() if str(p) != text]
        self._settings.setValue(RECENT_KEY, recent[:MAX_RECENT])
        self.rebuild_menu()

    def rebuild_menu(self) -> None:
        self._menu.clear()
        for path in self.paths():
            action = self._menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self._open_file(p))
        self._menu.setEnabled(bool(self.paths()))
