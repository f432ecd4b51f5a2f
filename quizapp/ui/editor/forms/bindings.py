"""Widgets bound to places in the set being edited, and the problems shown beside them.

A form never keeps a copy of the set: each field is bound to a data path. Typing applies one
merging ``SetValue`` (so a word typed is one undo step, not one per letter); when the set
changes in any other way (undo, another field, a selection in the article) the binder puts the
new value back in the widget without echoing it as a new change. Each bound field also has a
mark (``notices``) when the live check has a remark on its path; the words go to the strip.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from quizapp.sets.editing.commands import MISSING, Batch, Command, SetValue
from quizapp.sets.editing.set_draft import SetDraft
from quizapp.ui.editor.forms.notices import ERROR_MARK, WARNING_MARK, mark_field

__all__ = ["ERROR_MARK", "WARNING_MARK", "Binder", "DataPath", "Placed"]

DataPath = tuple[Any, ...]
Placed = tuple[str, Any]  # a remark and the name of the field it is about ("" for none)


class _Bound:
    """One widget bound to one path: how to read it, write it, and where its message goes."""

    def __init__(
        self,
        widget: QWidget,
        path: DataPath,
        read: Callable[[], Any],
        write: Callable[[Any], None],
    ) -> None:
        self.widget, self.path, self.read, self.write = widget, path, read, write


class Binder(QObject):
    """Binds the fields of one form to the draft; ``refresh`` re-reads them all."""

    def __init__(self, draft: SetDraft, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.bound: list[_Bound] = []
        self._updating = False
        self._field_in: dict[QWidget, QWidget] = {}  # a field's holder -> the field
        # A row just added: its first field takes the focus when the form is redrawn, so what
        # the teacher types next goes into it (not into the field she was in before).
        self.focus_next: DataPath | None = None
        self._marks: dict[QWidget, Any] = {}  # a one-line field -> its remark icon

    def apply(self, command: Command) -> None:
        self._updating = True
        try:
            self.draft.apply(command)
        finally:
            self._updating = False

    def field(self, widget: QWidget, parent: QWidget, note_of: QWidget | None = None) -> QWidget:
        """``widget`` in a holder for a form layout, whose label's key focuses the field
        (``note_of``: the bound widget inside ``widget`` the label is for)."""
        holder = QWidget(parent)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        self._field_in[holder] = note_of or widget
        return holder

    def link_buddies(self, form: QWidget) -> None:
        """A label's mnemonic (Alt+T for "&Title:") focuses its field: a form layout made the
        holder around the field its buddy, and a holder takes no focus, so the key did nothing."""
        for label in form.findChildren(QLabel):
            field = self._field_in.get(label.buddy())
            if field is not None:
                label.setBuddy(field)

    def register(
        self, widget: QWidget, path: DataPath, read: Callable[[], Any], write: Callable[[Any], None]
    ) -> _Bound:
        bound = _Bound(widget, path, read, write)
        self.bound.append(bound)
        widget.setProperty("quizapp_path", repr(path))
        write(self.draft.get(path, MISSING))
        return bound

    def focus_first_under(self, prefix: DataPath) -> None:
        """Give the focus to the first text field bound at or under ``prefix`` (an answer's
        words, not its "Correct" box), else to its first field."""
        under = [b.widget for b in self.bound if b.path[: len(prefix)] == prefix]
        texts = [w for w in under if isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit)]
        if texts or under:
            (texts or under)[0].setFocus()

    def _changed(self, path: DataPath, value: Any, merge: bool = True) -> None:
        if not self._updating_widget:
            self.apply(SetValue(path, value, merge=merge))

    _updating_widget = False

    def line(self, widget: QLineEdit, path: DataPath, optional: bool = False) -> QLineEdit:
        """A one-line text; ``optional``: emptying it removes the key from the file."""

        def write(value: Any) -> None:
            text = "" if value is MISSING or value is None else str(value)
            if widget.text() != text:
                widget.setText(text)
                widget.setCursorPosition(0)

        self.register(widget, path, widget.text, write)
        widget.textEdited.connect(
            lambda text: self._changed(path, MISSING if optional and not text.strip() else text)
        )
        widget.editingFinished.connect(self.draft.close_merge)
        return widget

    def text(
        self, widget: QPlainTextEdit | QTextEdit, path: DataPath, optional: bool = False
    ) -> None:
        """A text of several lines (prompt, explanation, the article)."""

        def write(value: Any) -> None:
            text = "" if value is MISSING or value is None else str(value)
            if widget.toPlainText() != text:
                widget.setPlainText(text)

        self.register(widget, path, widget.toPlainText, write)

        def on_change() -> None:
            if self._updating_widget:
                return
            text = widget.toPlainText()
            if text != _text_of(self.draft.get(path, MISSING)):
                self._changed(path, MISSING if optional and not text.strip() else text)

        widget.textChanged.connect(on_change)

    def check(self, widget: QCheckBox, path: DataPath, default: bool = False) -> None:
        """A yes/no value; going back to the default removes the key (files stay short)."""

        def write(value: Any) -> None:
            widget.setChecked(default if value is MISSING else bool(value))

        self.register(widget, path, widget.isChecked, write)
        widget.toggled.connect(
            lambda on: self._changed(path, MISSING if on == default else on, merge=False)
        )

    def combo(
        self,
        widget: QComboBox,
        path: DataPath,
        default: Any = MISSING,
        commands: Callable[[Any], list[Command]] | None = None,
    ) -> None:
        """A choice among the combo's item data; the default choice removes the key.
        ``commands``: what a choice changes besides the value (one undo step with it)."""

        def write(value: Any) -> None:
            if value == "" and widget.placeholderText():  # nothing chosen yet: say so
                widget.setCurrentIndex(-1)
                return
            index = widget.findData(default if value is MISSING else value)
            if index < 0 and value is not MISSING:
                widget.addItem(str(value), value)  # a value of the file not in the list
                index = widget.count() - 1
            widget.setCurrentIndex(max(index, 0))

        self.register(widget, path, widget.currentData, write)

        def on_choice(index: int) -> None:
            value = widget.itemData(index)
            if commands is not None and not self._updating_widget:
                chosen = commands(value)
                if chosen:
                    self.apply(Batch(chosen))
                return
            self._changed(path, MISSING if value == default else value, merge=False)

        widget.activated.connect(on_choice)

    def choose(self, path: DataPath, value: Any) -> None:
        """One value picked (a radio button): one undo step, nothing merged into it."""
        if self.draft.get(path, MISSING) != value:
            self._changed(path, value, merge=False)

    def number(
        self, widget: QDoubleSpinBox, path: DataPath, default: float, scale: float = 1.0
    ) -> None:
        """A number (points, pass mark shown in percent with ``scale=100``)."""

        def write(value: Any) -> None:
            number = default if value is MISSING or not _is_number(value) else value
            widget.setValue(float(number) * scale)

        self.register(widget, path, widget.value, write)
        widget.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)

        def on_value(shown: float) -> None:
            value = round(shown / scale, 4)
            value = int(value) if float(value).is_integer() and scale == 1.0 else value
            current = self.draft.get(path, MISSING)
            if current is MISSING and value == default:
                return
            if current != value:
                self._changed(path, value)

        widget.valueChanged.connect(on_value)

    def refresh(self) -> None:
        """Put the draft's values back into every widget, without making changes."""
        if self._updating:
            return  # the change came from one of these widgets: it already shows it
        self._updating_widget = True
        try:
            for bound in self.bound:
                bound.write(self.draft.get(bound.path, MISSING))
        finally:
            self._updating_widget = False

    def show_problems(self, problems: list[Any]) -> list[Placed]:
        """Mark each field that has remarks (nothing moves); returns every remark with the
        name of its field here ("" when no field here is on its path), fields first."""
        by_path = {bound.path: bound for bound in self.bound}
        notes: dict[DataPath, list[Any]] = {}
        left: list[Placed] = []
        for problem in problems:
            if problem.path in by_path:
                notes.setdefault(problem.path, []).append(problem)
            else:
                left.append(("", problem))
        placed: list[Placed] = []
        for path, bound in by_path.items():
            here = notes.get(path, [])
            mark_field(bound.widget, here, self._marks)
            placed += [(bound.widget.accessibleName(), p) for p in here]
        return left + placed


def focused_field_path(form: QWidget | None) -> str | None:
    """The data path of the bound field of ``form`` that has the focus, if one has."""
    focused = QApplication.focusWidget()
    if focused is None or form is None or not form.isAncestorOf(focused):
        return None
    return focused.property("quizapp_path") or None


def focus_field(form: QWidget, path: str) -> None:
    """Give the focus to the field of ``form`` bound to ``path`` (a rebuilt form keeps it)."""
    fields = (w for w in form.findChildren(QWidget) if w.property("quizapp_path") == path)
    target = next(fields, None)
    if target is not None:
        target.setFocus()


def _text_of(value: Any) -> str:
    return "" if value is MISSING or value is None else str(value)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


ALIGN_TOP = Qt.AlignmentFlag.AlignTop
