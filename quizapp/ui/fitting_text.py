"""A plain text whose height follows its words: read whole, never cut at its edge.

The quiz's feedback (``quiz/feedback.ReadingText``, read only) and the set editor's meanings of
the kinds of source (``editor/forms/label_rows.FittingText``, editable) each sized their text to
its wrapped lines with the same code (review47): one widget now does it for both.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QTextEdit, QWidget


class FittingTextEdit(QTextEdit):
    """Plain text without scroll bars, wrapped to its width, as high as its lines; Tab moves
    on (a text in a form, not an editor of tabs)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().contentsChanged.connect(self._fit_height)

    def least_height(self) -> int:
        """The height of an empty text: one line."""
        return self.fontMetrics().height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """As high as the document wrapped to the viewport, its frame included."""
        document = self.document()
        document.setTextWidth(self.viewport().width())
        margins = self.contentsMargins()
        height = document.size().height() + margins.top() + margins.bottom()
        self.setFixedHeight(max(math.ceil(height), self.least_height()))
