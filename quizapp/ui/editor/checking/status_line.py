"""The editor's status line: a passing message read whole, then the checker's summary.

The checker's summary (« 1 problème à corriger… », « Aucun problème : la série est prête… »)
sat on the right of the status line for good, and a passing message (« Enregistré sous … La
série est prête. ») was drawn on what was left of the line, cut to « La série est p… »
(teacher53). While a message shows, the summary waits; the message is shown by a label that
wraps onto as many lines as the window's width needs (200 % text), as the status line's own
drawing of it cannot; when it goes, the summary is back on a line one line high (polish53).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QLabel, QMainWindow


class _Wrapped(QLabel):
    """A wrapped label whose size hints are its lines at the window's width (``high``): a
    wrapped QLabel's own hint guesses a narrow width, and the status line grew to it."""

    high = 0

    def sizeHint(self) -> QSize:
        return QSize(0, self.high)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.high)

    def hasHeightForWidth(self) -> bool:  # the layout takes ``high``, set at the window's width
        return False


class StatusLine(QObject):
    """Shows ``window``'s passing messages whole, ``summary`` (a permanent label) after them."""

    def __init__(self, window: QMainWindow, summary: QLabel) -> None:
        """Put the wrapping label in ``window``'s status bar, where Qt's own one-line message
        would cut a long message off, and follow the bar's messages."""
        super().__init__(window)
        self._window, self._summary = window, summary
        self.passing = _Wrapped(window)
        self.passing.setTextFormat(Qt.TextFormat.PlainText)
        self.passing.setWordWrap(True)
        self.passing.setVisible(False)
        window.statusBar().addPermanentWidget(self.passing, 1)
        window.statusBar().messageChanged.connect(self._message_shown)
        window.installEventFilter(self)  # a message shown before the window had its width

    def _message_shown(self, message: str) -> None:
        """Show ``message`` whole in place of the summary, and the summary again once the
        message is gone (an empty one): the two would crowd one line."""
        self.passing.setText(message)
        self.passing.setVisible(bool(message))
        self._summary.setVisible(not message)
        self._fit()

    def _fit(self) -> None:
        """The label as high as its lines at the window's width; 0 with no message."""
        bar = self._window.statusBar()
        width = max(self._window.width() - bar.layout().spacing() * 4, 1)
        shown = self.passing.isVisibleTo(self._window)
        self.passing.high = max(self.passing.heightForWidth(width), 0) if shown else 0
        self.passing.setFixedHeight(self.passing.high)
        self.passing.updateGeometry()
        bar.reformat()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize:
            self._fit()
        return False
