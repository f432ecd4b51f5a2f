"""Previous / next passage over the article's highlighted evidence, with a count in words.

The article scrolls to the first passage only; a question whose evidence sits in three
places needs a way to the other two. Each step moves the article's caret and selects the
passage, so that it is in view, and a screen reader (which follows the caret and reads a
selection) reaches it too. Each passage can carry a note that tells it apart in words
("for claim 3"), never by its colour alone.

The passage to show goes out as a signal, not through a callable of the article pane held here:
the pane's bound method made a cycle (pane -> navigator -> method -> pane) that kept each
quiz's article pane alive until the cyclic collector ran (gc12).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from quizapp.ui.common import RetranslateOnLanguageChange, plain_label

Span = tuple[int, int]
NEXT_KEYS = ("F3", "Ctrl+Alt+Down")
PREVIOUS_KEYS = ("Shift+F3", "Ctrl+Alt+Up")


class PassageNavigator(RetranslateOnLanguageChange, QWidget):
    """ "◀ Previous", "Passage 2 of 3 — for claim 4", "Next ▶"; hidden without passages."""

    show_span = Signal(object)  # the (start, end) span the article should select and show

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._spans: list[Span] = []
        self._notes: list[str] = []
        self._index = -1
        self.previous_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.count_label = plain_label("", self)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        for keys, direction in ((NEXT_KEYS, 1), (PREVIOUS_KEYS, -1)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), parent)
                shortcut.activated.connect(lambda d=direction: self.step(d))
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)  # the count on a line of its own: it wraps, never cut
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.count_label)
        self.hide()
        self._retranslate()

    def _retranslate(self) -> None:
        self.previous_button.setText(self.tr("◀ Previous"))
        self.next_button.setText(self.tr("Next ▶"))
        self.previous_button.setAccessibleName(self.tr("Previous passage"))
        self.next_button.setAccessibleName(self.tr("Next passage"))
        self.previous_button.setToolTip(self.tr("Previous highlighted passage (Shift+F3)"))
        self.next_button.setToolTip(self.tr("Next highlighted passage (F3)"))
        self._show_count()

    @property
    def index(self) -> int:
        """The passage shown, 0-based; -1 when there is none."""
        return self._index

    @property
    def count_text(self) -> str:
        return self.count_label.text()

    def set_passages(self, spans: Sequence[Span], notes: Sequence[str] = ()) -> None:
        """The passages to step through, in reading order, and a note for each."""
        self._spans = list(spans)
        self._notes = list(notes) + [""] * (len(spans) - len(notes))
        self._index = -1
        self.setVisible(bool(spans))
        self._show_count()

    def set_notes(self, notes: Sequence[str]) -> None:
        """New words for the same passages (the language changed); the one shown stays."""
        self._notes = list(notes) + [""] * (len(self._spans) - len(notes))
        self._show_count()

    def go_to(self, index: int) -> None:
        """Show passage ``index`` (selected in the article) and say which one it is."""
        if not self._spans:
            return
        self._index = index % len(self._spans)
        self.show_span.emit(self._spans[self._index])
        self._show_count()

    def go_to_span(self, span: Span) -> None:
        if span in self._spans:
            self.go_to(self._spans.index(span))

    def step(self, direction: int) -> None:
        """The next (1) or previous (-1) passage, round from the last to the first."""
        if self._spans and self.isVisibleTo(self.parentWidget()):
            self.go_to(self._index + direction if self._index >= 0 else 0)

    def _show_count(self) -> None:
        several = len(self._spans) > 1  # one passage: nothing to step through
        self.previous_button.setVisible(several)
        self.next_button.setVisible(several)
        if not self._spans:
            self.count_label.clear()
            return
        shown = max(self._index, 0)
        text = self.tr("Passage {0} of {1}").format(shown + 1, len(self._spans))
        if self._notes[shown]:
            text += " — " + self._notes[shown]
        self.count_label.setText(text)
        self.count_label.setAccessibleName(text)
