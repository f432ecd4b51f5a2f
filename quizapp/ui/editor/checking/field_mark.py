"""The mark on the field a remark was activated for: the keyboard goes there, a frame in the
highlight colour shows where it went, and the status line says which field it is in words
(ui37). The frame goes when the field loses the keyboard: it marks where she was sent, not
a state of the set (the remark's own icon and tooltip stay, as before)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

FRAME = "border: 2px solid palette(highlight);"
PROPERTY = "quizapp_gone_to"  # True while the frame is on (tests and screenshots read it)


class GoneToMark(QObject):
    """At most one field framed at a time; its own style sheet comes back after."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._widget: QWidget | None = None
        self._old_sheet = ""

    def mark(self, widget: QWidget) -> None:
        """Frame ``widget`` and put the keyboard in it."""
        self.clear()
        self._widget, self._old_sheet = widget, widget.styleSheet()
        widget.setStyleSheet(f"{self._old_sheet} {FRAME}".strip())
        widget.setProperty(PROPERTY, True)
        widget.installEventFilter(self)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        widget, self._widget = self._widget, None
        if widget is not None:
            widget.removeEventFilter(self)
            widget.setStyleSheet(self._old_sheet)
            widget.setProperty(PROPERTY, False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.FocusOut:
            self.clear()
        return False
