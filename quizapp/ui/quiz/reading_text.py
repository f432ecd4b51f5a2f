"""A read-only text as tall as its words, that the keyboard and a screen reader can enter.

Labels are not enough for a blind learner: on Linux, Qt gives a label no text interface and
leaves it out of the Tab order, so a screen reader cannot reach the explanation of a verdict.
A read-only text edit is a "text" to AT-SPI: Tab reaches it, the arrow keys read it line by
line. It holds plain text only (never rich text: the words come from question files).
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextEdit, QWidget


class ReadingText(QTextEdit):
    """Plain read-only text without scroll bars: its height follows its content."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.viewport().setAutoFillBackground(False)  # reads as part of the panel around it
        self.document().contentsChanged.connect(self._fit_height)

    def set_plain(self, text: str) -> None:
        """Show ``text`` literally, the caret at its start (where a screen reader begins)."""
        self.setPlainText(text)
        self.moveCursor(self.textCursor().MoveOperation.Start)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        document = self.document()
        document.setTextWidth(self.viewport().width())
        margins = self.contentsMargins()
        height = document.size().height() + margins.top() + margins.bottom()
        self.setFixedHeight(max(math.ceil(height), self.fontMetrics().height()))
