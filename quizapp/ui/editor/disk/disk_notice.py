"""The strip over the editor that says another program changed the file since it was opened,
with the teacher's two choices: reload it (losing the changes made here) or keep this version
(saving will then ask before writing over the other one)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from quizapp.ui.common import plain_label

translate = QCoreApplication.translate


class DiskNotice(QWidget):
    """Hidden until ``show_change``; Keep hides it, Reload is the window's to connect."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        self.label = plain_label("", self)
        self.reload_button = QPushButton(self)
        self.keep_button = QPushButton(self)
        self.keep_button.clicked.connect(lambda: self.setVisible(False))
        row.addWidget(self.label, 1)
        row.addWidget(self.reload_button)
        row.addWidget(self.keep_button)
        self.setVisible(False)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The window's own words, filed under its context in the translations."""
        self.label.setText(
            translate(
                "EditorWindow", "The file was changed by another program since you opened it."
            )
        )
        self.reload_button.setText(translate("EditorWindow", "&Reload the file (lose my changes)"))
        self.keep_button.setText(translate("EditorWindow", "&Keep my version"))
