"""Lists of rows in a question's form: passages, options, claims to classify, pairs, extra
choices. Every row has its buttons (move up, move down, remove) and the list an Add button;
each button applies one undoable command. Rows are bound fields, so typing in them is undoable
too and their problems appear under them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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


def _items(binder: Binder, path: DataPath) -> list:
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
        layout.addWidget(self.title)
        self.grid = QGridLayout()
        layout.addLayout(self.grid)
        self._top = 1 if headers else 0  # the grid's row of the first item
        for column, text in enumerate(headers):
            heading = QLabel(text, self)
            heading.setWordWrap(True)  # on two lines rather than widen a narrow form
            self.grid.addWidget(heading, 0, column)
        items = _items(binder, path)
        for index in range(len(items)):
            self._add_row(index, len(items), make_row(self, (*path, index), index))
        self.add_button = QPushButton(add_text, self)
        self.add_button.setAccessibleName(add_text.replace("&", ""))
        self.add_button.clicked.connect(self.add)
        footer = QHBoxLayout()
        footer.addWidget(self.add_button)
        footer.addStretch(1)
        layout.addLayout(footer)

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
            button.setAccessibleName(f"{name} ({index + 1}) — {self.title.text()}")
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
        items = _items(self.binder, self.path)
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


def passage_row(binder: Binder, on_show: Callable[[DataPath], None]) -> Row:
    def make(parent: QWidget, path: DataPath, index: int) -> list[QWidget]:
        edit = QLineEdit(parent)
        edit.setAccessibleName(
            QCoreApplication.translate("EditorRows", "Passage {0}").format(index + 1)
        )
        binder.line(edit, path)
        show = QPushButton(QCoreApplication.translate("EditorRows", "Show"), parent)
        show.setAccessibleName(
            QCoreApplication.translate("EditorRows", "Show passage {0} in the article").format(
                index + 1
            )
        )
        show.clicked.connect(lambda: on_show(path))
        return [binder.field(edit, parent), show]

    return make


def option_row(binder: Binder, single: bool) -> Row:
    def make(parent: QWidget, path: DataPath, index: int) -> list[QWidget]:
        correct = QCheckBox(QCoreApplication.translate("EditorRows", "Correct"), parent)
        correct.setAccessibleName(
            QCoreApplication.translate("EditorRows", "Option {0} is correct").format(index + 1)
        )
        if single:  # one right answer: ticking one unticks the others, in the same step
            binder.register(
                correct,
                (*path, "correct"),
                correct.isChecked,
                lambda value: correct.setChecked(value is True),
            )
            correct.clicked.connect(lambda on: _only_correct(binder, path, on))
        else:
            binder.check(correct, (*path, "correct"))
        text = bound_line(
            binder,
            parent,
            (*path, "text"),
            QCoreApplication.translate("EditorRows", "Option text"),
            QCoreApplication.translate("EditorRows", "Option {0}").format(index + 1),
        )
        feedback = bound_line(
            binder,
            parent,
            (*path, "feedback"),
            QCoreApplication.translate("EditorRows", "Feedback when picked (optional)"),
            QCoreApplication.translate("EditorRows", "Feedback of option {0}").format(index + 1),
            optional=True,
        )
        pin = QCheckBox(QCoreApplication.translate("EditorRows", "Keep in place"), parent)
        pin.setToolTip(
            QCoreApplication.translate(
                "EditorRows", "Stays at its place when options are shuffled (e.g. 'None of these')"
            )
        )
        pin.setAccessibleName(
            QCoreApplication.translate("EditorRows", "Option {0} keeps its place").format(index + 1)
        )
        binder.check(pin, (*path, "pin"))
        column = QWidget(parent)
        stacked = QVBoxLayout(column)
        stacked.setContentsMargins(0, 0, 0, 0)
        stacked.addWidget(binder.field(text, column))
        below = QHBoxLayout()
        below.addWidget(binder.field(feedback, column), 1)
        below.addWidget(pin)
        stacked.addLayout(below)
        return [correct, column]

    return make


def _only_correct(binder: Binder, path: DataPath, on: bool) -> None:
    """This option right (or no longer right) and, when right, every other one not."""
    options_path, index = path[:-1], path[-1]
    changes = [SetValue((*path, "correct"), True if on else MISSING)]
    changes += [
        SetValue((*options_path, other, "correct"), MISSING)
        for other, option in enumerate(_items(binder, options_path))
        if on and other != index and isinstance(option, dict) and option.get("correct")
    ]
    binder.draft.apply(
        Batch(changes, text=QCoreApplication.translate("EditorRows", "Correct answer"))
    )


def item_row(binder: Binder, labels: list[tuple[str, str]], passages: Row) -> Row:
    """A claim to classify: its words, its label, and optionally why and where it is."""

    def make(parent: QWidget, path: DataPath, index: int) -> list[QWidget]:
        claim = bound_line(
            binder,
            parent,
            (*path, "claim"),
            QCoreApplication.translate(
                "EditorRows", "The claim, in the article's words or its neutral core"
            ),
            QCoreApplication.translate("EditorRows", "Claim {0}").format(index + 1),
        )
        label = QComboBox(parent)
        label.setPlaceholderText(
            QCoreApplication.translate("EditorRows", "— choose its kind of source —")
        )
        for label_id, name in labels:
            label.addItem(name, label_id)
        label.setAccessibleName(
            QCoreApplication.translate("EditorRows", "Kind of source of claim {0}").format(
                index + 1
            )
        )
        binder.combo(label, (*path, "label"))
        explanation = bound_line(
            binder,
            parent,
            (*path, "explanation"),
            QCoreApplication.translate("EditorRows", "Why (optional)"),
            QCoreApplication.translate("EditorRows", "Explanation of claim {0}").format(index + 1),
            optional=True,
        )
        column = QWidget(parent)
        stacked = QVBoxLayout(column)
        stacked.setContentsMargins(0, 0, 0, 0)
        stacked.addWidget(binder.field(claim, column))
        stacked.addWidget(binder.field(label, column))
        stacked.addWidget(binder.field(explanation, column))
        where = QCoreApplication.translate("EditorRows", "Where it is in the article")
        add = QCoreApplication.translate("EditorRows", "Add a passage")
        evidence = RowList(binder, (*path, "evidence"), where, add, str, passages, column)
        stacked.addWidget(evidence)
        return [column]

    return make


def bound_line(
    binder: Binder,
    parent: QWidget,
    path: DataPath,
    hint: str,
    spoken_name: str,
    optional: bool = False,
) -> QLineEdit:
    """A one-line field of a row bound to ``path``: its hint and its spoken name say what goes
    in it (the callers translate both, so that lupdate finds their words)."""
    edit = QLineEdit(parent)
    edit.setPlaceholderText(hint)
    edit.setAccessibleName(spoken_name)
    binder.line(edit, path, optional=optional)
    return edit


def pair_row(binder: Binder) -> Row:
    def make(parent: QWidget, path: DataPath, index: int) -> list[QWidget]:
        left = bound_line(
            binder,
            parent,
            (*path, "left"),
            QCoreApplication.translate("EditorRows", "Quote or claim"),
            QCoreApplication.translate("EditorRows", "Left side of pair {0}").format(index + 1),
        )
        right = bound_line(
            binder,
            parent,
            (*path, "right"),
            QCoreApplication.translate("EditorRows", "Who said it / its source"),
            QCoreApplication.translate("EditorRows", "Right side of pair {0}").format(index + 1),
        )
        return [binder.field(left, parent), binder.field(right, parent)]

    return make


def text_row(binder: Binder, name: str) -> Row:
    def make(parent: QWidget, path: DataPath, index: int) -> list[QWidget]:
        edit = QLineEdit(parent)
        edit.setAccessibleName(name.format(index + 1))
        binder.line(edit, path)
        return [binder.field(edit, parent)]

    return make
