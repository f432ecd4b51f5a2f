"""Saving before what reads the set's file: the Moodle export and the hand-out.

Both act on the file as saved (the export writes it, students get it), so unsaved changes
or a set never saved are saved first, when the teacher agrees (review51: the two had the
same question written twice).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox


def saved_first(window: Any, files: Any, title: str, question: str) -> bool:
    """True when ``window``'s set is saved as it stands: nothing to save, or ``question``
    asked under ``title`` and the teacher chose Save and ``files`` saved it."""
    if not window.draft.modified and window.files.path is not None:
        return True
    answer = QMessageBox.question(
        window,
        title,
        question,
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Save and files.save()
