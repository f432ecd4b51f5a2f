"""The editor's File > Export the set for Moodle…: the set as saved, written as Moodle XML
or GIFT by the window's own exporter (``teacher.moodle_export``).

Round 36 put the export in the main window's File menu only, on the set selected in the
library; a teacher who had just reviewed a draft looked for it in the editor's File menu,
where Save is (ui37). The export writes what the file holds, so unsaved changes are saved
first, when she says so; a set that cannot be opened for a quiz yet is not exported: she is
told what to fix, as Try the whole set does.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from quizapp.ui.editor.disk.saved_first import saved_first

if TYPE_CHECKING:
    from quizapp.ui.shell.library_view import LibraryEntry


class EditorExport(QObject):
    """Export for one editor ``window``; ``files`` saves it (``FileActions``)."""

    def __init__(self, window: Any, files: Any) -> None:
        super().__init__(window)
        self.window, self.files = window, files

    def export(self) -> Path | None:
        """The file written, or None (not saved, not ready, cancelled, refused)."""
        from quizapp.ui.teacher.moodle_export import MoodleExport

        saved = self._saved_set()
        if saved is None:
            return None
        return MoodleExport(self.window, lambda: saved, self._go_to).ask_and_export()

    def _go_to(self, _entry: LibraryEntry, index: int) -> None:
        """The question still to review, selected and the keyboard on the list (ui39)."""
        self.window.questions.select_question(index)
        self.window.questions.setFocus()

    def _saved_set(self) -> LibraryEntry | None:
        """The set as its file holds it, as the library's entry the exporter reads (never a
        built-in: she saved it), saved first when she agrees; None when it is not saved or
        does not open (what to fix is shown)."""
        from quizapp.sets.checking import check_file
        from quizapp.sets.errors import LoadError
        from quizapp.ui.shell.library_view import LibraryEntry

        w = self.window
        question = self.tr("The export writes the set as saved. Save your changes first?")
        if not saved_first(w, self.files, self.tr("Export for Moodle"), question):
            return None
        try:
            return LibraryEntry(w.files.path, check_file(w.files.path).quiz)
        except (LoadError, OSError):
            w.reveal_problems()
            w.focus_first_problem()
            QMessageBox.information(w, self.tr("Export for Moodle"), self._not_ready())
            return None

    def _not_ready(self) -> str:
        from quizapp.ui.editor.checking.wording import waiting_places

        errors = [p for p in self.window.checker.check_now() if not p.warning]
        places = waiting_places(errors)
        text = self.tr("The set cannot be exported yet: it does not open for a quiz.")
        if places:
            text += " " + self.tr("To fill in or fix: {0}.").format(", ".join(places))
        return text
