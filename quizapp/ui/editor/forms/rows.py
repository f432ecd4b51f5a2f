"""A list of rows in a question's form (passages, options, claims to classify, pairs, extra
choices; what each row holds is in ``row_kinds``). Every row has its buttons (move up, move
down, remove) and the list an Add button; each button applies one undoable command. Rows are
bound fields, so typing in them is undoable too and their problems appear under them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.sets.editing.commands import (
    MISSING,
    Batch,
    InsertItem,
    MoveItem,
    RemoveItem,
    SetValue,
)
from quizapp.ui.editor.forms.bindings import Binder, DataPath

Row = Callable[[QWidget, DataPath, int], list[QWidget]]


def list_items(binder: Binder, path: DataPath) -> list:
    """The items of the list at ``path`` (a single passage written alone counts as one)."""
    value = binder.draft.get(path, MISSING)
    if isinstance(value, str):
        return [value]  # a single passage written without a list
    return value if isinstance(value, list) else []


class RowList(QFrame):
    """A titled list of rows built by ``make_row``; ``blank`` is what Add inserts."""

    focused = Signal(object)  # this list's data path, when one of its fields gets the focus

    def __init__(
        self,
        binder: Binder,
        path: DataPath,
        title: str,
        add_text: str,
        blank: Callable[[], Any],
        make_row: Row,
        parent: QWidget,
        headers: tuple[str, ...] = (),
    ) -> None:
        """``headers``: a heading over each column, for rows of fields alike (no check box or
        drop-down that says what its field is)."""
        super().__init__(parent)
        self.binder, self.path, self._blank = binder, path, blank
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.title = QLabel(title, self)
        self._row_buttons: list[tuple[QPushButton, str, int]] = []  # renamed by ``retitle``
        layout.addWidget(self.title)
        self.grid = QGridLayout()
        layout.addLayout(self.grid)
        self._add_headings(headers)
        items = list_items(binder, path)
        for index in range(len(items)):
            self._add_row(index, len(items), make_row(self, (*path, index), index))
        layout.addLayout(self._add_button_row(add_text))

    def retitle(self, title: str) -> None:
        """A new title, over the list and in its row buttons' spoken names, which say whose
        row they move or remove: a claim's passages are titled by its words as they are typed
        (ui44), and a name built once went stale (mend44c)."""
        self.title.setText(title)
        for button, name, index in self._row_buttons:
            button.setAccessibleName(self._spoken(name, index))

    def _spoken(self, name: str, index: int) -> str:
        """A row button's spoken name: what it does, the row's number, the list's title."""
        return f"{name} ({index + 1}) — {self.title.text()}"

    def _add_headings(self, headers: tuple[str, ...]) -> None:
        """A heading over each column in the grid's first row; the items start under them."""
        self._top = 1 if headers else 0  # the grid's row of the first item
        for column, text in enumerate(headers):
            heading = QLabel(text, self)
            heading.setWordWrap(True)  # on two lines rather than widen a narrow form
            self.grid.addWidget(heading, 0, column)

    def _add_button_row(self, add_text: str) -> QHBoxLayout:
        self.add_button = QPushButton(add_text, self)
        self.add_button.setAccessibleName(add_text.replace("&", ""))
        self.add_button.clicked.connect(self.add)
        footer = QHBoxLayout()
        footer.addWidget(self.add_button)
        footer.addStretch(1)
        return footer

    def _add_row(self, index: int, count: int, widgets: list[QWidget]) -> None:
        for column, widget in enumerate(widgets):
            self.grid.addWidget(widget, index + self._top, column)
            if isinstance(widget, QLineEdit) or widget.findChild(QLineEdit) is not None:
                self.grid.setColumnStretch(column, 1)  # text gets the room, boxes keep theirs
        buttons = QHBoxLayout()
        up, down = index > 0, index < count - 1
        for text, name, enabled, slot in (
            ("\u2191", self.tr("Move up"), up, lambda _=False, i=index: self.move(i, i - 1)),
            ("\u2193", self.tr("Move down"), down, lambda _=False, i=index: self.move(i, i + 1)),
            ("\u2715", self.tr("Remove"), True, lambda _=False, i=index: self.remove(i)),
        ):
            button = QPushButton(text, self)
            button.setAccessibleName(self._spoken(name, index))
            self._row_buttons.append((button, name, index))
            button.setToolTip(name)
            button.setEnabled(enabled)
            side = button.sizeHint().height()  # square: the text field keeps the width
            button.setFixedWidth(max(side, button.fontMetrics().horizontalAdvance("M") + 12))
            button.clicked.connect(slot)
            buttons.addWidget(button)
        holder = QWidget(self)
        holder.setLayout(buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(2)
        self.grid.addWidget(holder, index + self._top, len(widgets))

    def add(self) -> None:
        items = list_items(self.binder, self.path)
        self.binder.focus_next = (*self.path, len(items))
        self.binder.draft.apply(
            _as_list_then(self.binder, self.path, InsertItem(self.path, len(items), self._blank()))
        )

    def remove(self, index: int) -> None:
        self.binder.draft.apply(
            _as_list_then(
                self.binder,
                self.path,
                RemoveItem(self.path, index),
                text=QCoreApplication.translate("EditorRows", "Remove"),
            )
        )

    def move(self, source: int, target: int) -> None:
        self.binder.draft.apply(
            _as_list_then(self.binder, self.path, MoveItem(self.path, source, target))
        )

    def focusInEvent(self, event: Any) -> None:
        self.focused.emit(self.path)
        super().focusInEvent(event)


def _as_list_then(binder: Binder, path: DataPath, command: Any, text: str = "") -> Any:
    """``command`` on a list, first turning a single passage written alone into a list."""
    value = binder.draft.get(path, MISSING)
    if isinstance(value, str):
        return Batch([SetValue(path, [value]), command], text=text)
    return command
