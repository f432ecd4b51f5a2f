"""The choice on one classify or match row: a button with a numbered menu, named for a reader.

On Linux, Qt names a combo box by its current text and drops the name given to it, so a
screen reader would hear "— choose —" on every row. A button keeps the name we give it: the
row, its text and the current choice ("Claim 2 of 5: « … » — label: none").
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPaintEvent
from PySide6.QtWidgets import (
    QMenu,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

from quizapp.ui.common import plain_tooltip
from quizapp.ui.quiz.answers.choice_widgets import digit_of

QUOTES = "«»“”„\"'‘’"
NARROWEST = 14  # characters a choice button keeps when its row is narrower than its text


def without_outer_quotes(text: str) -> str:
    """A quote's words without the quotation marks around it: the row's name adds its own."""
    bare = text.strip().strip("\u00a0\u202f ")
    if len(bare) > 1 and bare[0] in QUOTES and bare[-1] in QUOTES:
        return bare[1:-1].strip("\u00a0\u202f ")
    return text


class NumberedChoice(QPushButton):
    """A button that opens a numbered menu of entries; its first entry means "no choice yet".

    Not a combo box: on Linux, Qt names a combo box by its current text and drops the name we
    give it, so a screen reader would hear "— choose —" five times over. A button keeps its
    accessible name, which says the row and its current choice; number keys pick entries
    (0 clears), and the arrow keys step through them as on a combo box.
    """

    currentIndexChanged = Signal(int)

    def __init__(self, placeholder: str, entries: Sequence[tuple[str, str, str]], parent: QWidget):
        super().__init__(parent)
        self._texts = [placeholder] + [f"{n}. {text}" for n, (_, text, _) in enumerate(entries, 1)]
        self._values: list[str | None] = [None] + [value for value, _, _ in entries]
        self._tips = [""] + [tip for _, _, tip in entries]
        self._index = 0
        self._row_name = ""
        self._menu = QMenu(self)
        self._menu.setToolTipsVisible(True)
        self.setMenu(self._menu)
        self._menu.aboutToShow.connect(self._fill_menu)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._show_current()

    def count(self) -> int:
        return len(self._texts)

    def currentIndex(self) -> int:
        return self._index

    def itemText(self, index: int) -> str:
        return self._texts[index]

    def itemData(self, index: int, role: Qt.ItemDataRole = Qt.ItemDataRole.UserRole) -> object:
        """The entry's value, or its tooltip (plain text made safe) for the tooltip role."""
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._tips[index]) if self._tips[index] else None
        return self._values[index]

    def setItemText(self, index: int, text: str) -> None:
        self._texts[index] = text
        self._show_current()

    def setCurrentIndex(self, index: int) -> None:
        if index == self._index or not 0 <= index < len(self._texts):
            return
        self._index = index
        self._show_current()
        self.currentIndexChanged.emit(index)

    def value(self) -> str | None:
        return self._values[self._index]

    def set_value(self, value: str | None) -> None:
        index = self._values.index(value) if value in self._values else 0
        self.setCurrentIndex(index)

    def set_row_name(self, name: str) -> None:
        """What the row is, said before its choice: "Claim 2 of 5: « … »"."""
        self._row_name = name
        self._show_current()

    def current_choice(self) -> str:
        """The chosen entry without its number, or "none"."""
        if self._index == 0:
            return self.tr("none", "no choice made yet on a row")
        return self._texts[self._index].split(". ", 1)[-1]

    def _show_current(self) -> None:
        """The name first, then the text: Qt tells a reader the name changed on both, and
        with the text first its event carried the old name ("… — label: none" again as a
        number was typed) before the new one came (a11y46)."""
        name = f"{self._row_name} {self.current_choice()}" if self._row_name else ""
        self.setAccessibleName(name or self.current_choice())
        self.setText(self._texts[self._index].replace("&", "&&"))

    def _fill_menu(self) -> None:
        self._menu.clear()
        for index, text in enumerate(self._texts):
            action = self._menu.addAction(text.replace("&", "&&"))
            action.setCheckable(True)
            action.setChecked(index == self._index)
            if self._tips[index]:
                action.setToolTip(self._tips[index])
            action.triggered.connect(lambda _=False, i=index: self.setCurrentIndex(i))
        self._menu.setActiveAction(self._menu.actions()[self._index])

    def minimumSizeHint(self) -> QSize:
        """A few characters wide, not the whole choice: a push button's least width is its
        text's, and at 200 % « 2. Un républicain proche de la Maison-Blanche » made the
        question's pane scroll sideways, every row's end out of sight (student56)."""
        hint = super().minimumSizeHint()
        narrow = self.fontMetrics().averageCharWidth() * NARROWEST
        return QSize(min(hint.width(), narrow), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        """The choice cut with « … » when the button is narrower than it (its menu and
        accessible name keep it whole); the text itself stays whole."""
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        style = self.style()
        room = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self).width()
        room -= style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, self)
        option.text = self.fontMetrics().elidedText(option.text, Qt.TextElideMode.ElideRight, room)
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        number = digit_of(event)
        if event.key() == Qt.Key.Key_0:
            number = 0
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
        if number is None and step is not None and not event.modifiers():
            number = min(max(self._index + step, 0), len(self._texts) - 1)
        if number is not None and number < len(self._texts):
            self.setCurrentIndex(number)
            return
        super().keyPressEvent(event)
