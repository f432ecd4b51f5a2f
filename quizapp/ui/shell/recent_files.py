"""Files remembered from one run to the next: those opened lately (File > Open recent) and
the sets the teacher saved in the editor or opened (the library lists them again at the next
start, until she removes them).

Small stores of their own, apart from the main window: lists of paths in QSettings (which an INI
file gives back as a plain string when it holds one item) and the menu that mirrors the recent.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu

RECENT_KEY = "recent_files"
MAX_RECENT = 8
OWN_SETS_KEY = "library/own_sets"


def stored_paths(settings: QSettings, key: str) -> list[Path]:
    """The paths kept under ``key``, in their order; anything else stored there is ignored."""
    stored = settings.value(key, [])
    if isinstance(stored, str):  # an INI file gives back a one-item list as a string
        stored = [stored]
    return [Path(item) for item in stored or [] if isinstance(item, str)]


class OwnSets:
    """The sets saved in the editor or opened from a file, oldest first: a teacher's sets
    live in her own folders, so without this list the library would forget them at each
    restart (teacher10); one she removes from the library comes back when she opens it
    again, as the question before removing says (teacher11)."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def paths(self) -> list[Path]:
        return stored_paths(self._settings, OWN_SETS_KEY)

    def remember(self, path: Path) -> None:
        text, known = str(path.resolve()), self.paths()
        if text not in (str(p) for p in known):
            self._store([*known, Path(text)])

    def forget(self, path: Path) -> None:
        """Drop a set whose file is gone (so that its note is said once) or that the teacher
        removed from the library."""
        gone = path.resolve()
        self._store([p for p in self.paths() if p.resolve() != gone])

    def _store(self, paths: list[Path]) -> None:
        """Written to disk at once: a kill right after loses nothing."""
        self._settings.setValue(OWN_SETS_KEY, [str(p) for p in paths])
        self._settings.sync()


class RecentFiles:
    """The recent paths, newest first, and the menu that opens them again."""

    def __init__(self, settings: QSettings, menu: QMenu, open_file: Callable[[Path], None]) -> None:
        self._settings = settings
        self._menu = menu
        self._open_file = open_file

    def paths(self) -> list[Path]:
        return stored_paths(self._settings, RECENT_KEY)

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
