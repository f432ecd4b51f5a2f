"""Which set the "Class results" window counts: students' files often hold attempts at
several sets, and the class is read one set at a time or all together (« All sets », the
first item). The sets offered are those the files hold, listed again after each merge.

Out of class_results_view.py (tidy56), which lays out the window and runs the merge. Its
words keep the « ClassResultsWindow » translation context, so the catalogues did not move.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

translate = QCoreApplication.translate


class SetChoice(QComboBox):
    """The set counted, by id; None for all of them. Its items are plain text, as a combo
    box's are: a set's title comes from a student's file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem("", None)  # « All sets », named by the window in its language

    def selected_set(self) -> str | None:
        return self.currentData()

    def fill(self, sets: dict[str, str]) -> None:
        """List the sets found (id to title), keeping the one chosen, without telling the
        window of a change: a new list is no new choice."""
        chosen = self.selected_set()
        self.blockSignals(True)
        while self.count() > 1:
            self.removeItem(1)
        for set_id, title in sets.items():
            self.addItem(translate("ClassResultsWindow", "{0} ({1})").format(title, set_id), set_id)
        index = self.findData(chosen) if chosen is not None else 0
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)
