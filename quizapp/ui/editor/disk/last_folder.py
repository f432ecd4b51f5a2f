"""The folder the editor's file dialogs open in: where the teacher last opened or saved a file.

A new set made from an article she opened is saved beside that article, not in the home
folder; the folder is kept in the settings, so the next session starts there too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

LAST_FOLDER_KEY = "editor/last_folder"


def documents_folder() -> Path:
    """Where a teacher keeps her files: the Documents folder (the home folder if none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def remember_folder(settings: QSettings, chosen: Path) -> None:
    """Keep the folder of a file she just opened or saved (or the folder itself)."""
    folder = chosen if chosen.is_dir() else chosen.parent
    settings.setValue(LAST_FOLDER_KEY, str(folder))


def start_folder(settings: QSettings) -> Path:
    """The folder last used if it still exists, else her Documents folder."""
    kept = str(settings.value(LAST_FOLDER_KEY, "") or "")
    return Path(kept) if kept and Path(kept).is_dir() else documents_folder()
