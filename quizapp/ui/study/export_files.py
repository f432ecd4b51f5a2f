"""Where and under which name an export is saved, and its CSV column names in words.

The save dialog opens in the learner's documents folder with a name that says whose file it
is, and speaks the UI's language even where Qt's own catalogue is missing (its labels are
set from ours). The CSV's first row names the columns in the UI's language; the stable ids
follow on the second row (docs/results-format.md).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from quizapp.results.export import CSV_COLUMNS


def documents_folder() -> str:
    """The user's documents folder (home when the system has none, or it does not exist)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return found
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)


class ExportWords(QObject):
    """The translated words of the save dialog and of the CSV's header row."""

    def csv_headers(self) -> dict[str, str]:
        names = {
            "format_version": self.tr("Format version"),
            "student_name": self.tr("Student"),
            "attempt_uid": self.tr("Attempt id"),
            "set_id": self.tr("Set id"),
            "set_title": self.tr("Set"),
            "set_hash": self.tr("Set version"),
            "mode": self.tr("Mode"),
            "status": self.tr("Status"),
            "started_at": self.tr("Started"),
            "ended_at": self.tr("Ended"),
            "attempt_score": self.tr("Attempt score (0 to 1)"),
            "question_id": self.tr("Question id"),
            "position": self.tr("Position (0 first)"),
            "score": self.tr("Question score (0 to 1)"),
            "points_earned": self.tr("Points earned"),
            "points_possible": self.tr("Points possible"),
            "confidence": self.tr("How sure"),
            "seconds": self.tr("Seconds"),
            "answered_at": self.tr("Answered"),
            "tags": self.tr("Skills (ids)"),
            "classify_items": self.tr("Claims: true>chosen label"),
            "response": self.tr("Answer given"),
            "prompt": self.tr("Question"),
            "tag_names": self.tr("Skills"),
        }
        return {column: names.get(column, column) for column in CSV_COLUMNS}

    def save_dialog(self, parent: QWidget, file_name: str, csv: bool) -> QFileDialog:
        """A "save as" dialog in the documents folder, proposing ``file_name``."""
        dialog = QFileDialog(parent, self.tr("Export results"), documents_folder())
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(
            self.tr("CSV files (*.csv)") if csv else self.tr("JSON files (*.json)")
        )
        dialog.setDefaultSuffix("csv" if csv else "json")
        dialog.selectFile(file_name)
        labels = {
            QFileDialog.DialogLabel.LookIn: self.tr("Look in:"),
            QFileDialog.DialogLabel.FileName: self.tr("File name:"),
            QFileDialog.DialogLabel.FileType: self.tr("Files of type:"),
            QFileDialog.DialogLabel.Accept: self.tr("&Save"),
            QFileDialog.DialogLabel.Reject: self.tr("Cancel"),
        }
        for which, text in labels.items():
            dialog.setLabelText(which, text)
        return dialog
