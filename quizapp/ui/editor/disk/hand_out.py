"""The editor's File > Hand out to students…: where the set's file is and what to send.

Handing a set out is sending its .quiz.yaml file: each student opens it in quizapp, takes it,
and sends back the results file the teacher reads in Class results. The editor said « the set
is ready to be tried and handed out » and named no way to do it (teacher50, teacher51: a
teacher who has never seen YAML does not guess that the file she saved is what to send). This
says it once, with the file's path and a button that copies it; unsaved changes are saved
first, when she says so, since students get what the file holds.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox

from quizapp.ui.editor.disk.saved_first import saved_first


class HandOut(QObject):
    """The explanation for one editor ``window``; ``files`` saves it (``FileActions``)."""

    def __init__(self, window: Any, files: Any) -> None:
        super().__init__(window)
        self.window, self.files = window, files
        self.box: QMessageBox | None = None  # the last one shown (tests read it)

    def explain(self) -> None:
        """Save first if need be, then say what to send and where it is."""
        w = self.window
        question = self.tr("Your students get the set as saved. Save your changes first?")
        if not saved_first(w, self.files, self._title(), question):
            return
        path = Path(w.files.path)
        box = self.box = QMessageBox(QMessageBox.Icon.Information, self._title(), "", parent=w)
        box.setText(self.how(path))
        copy = box.addButton(self.tr("&Copy the file's path"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is copy:
            QApplication.clipboard().setText(str(path))

    def how(self, path: Path) -> str:
        """The steps, in the menus' own words, for the file at ``path``."""
        steps = [
            self.tr("To hand out this set, send your students its file:"),
            f"{path}",
            self.tr(
                "(by e-mail, on your school's online space or on a USB stick). Each student "
                "opens it in quizapp with File > Open… (or drops it on the window), "
                "takes it, then sends you its results file (File > Export results…)."
            ),
            self.tr("You read all their files together in Tools > Class results… (Ctrl+Shift+R)."),
            self.tr("For Moodle instead: File > Export the set for Moodle (XML, GIFT)…"),
        ]
        return "\n\n".join(steps)

    def _title(self) -> str:
        return self.tr("Hand out to students")
