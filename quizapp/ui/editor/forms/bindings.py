"""Widgets bound to places in the set being edited, and the problems shown beside them.

A form never keeps a copy of the set: each field is bound to a data path. Typing applies one
merging ``SetValue`` (so a word typed is one undo step, not one per letter); when the set
changes in any other way (undo, another field, a selection in the article) the binder puts the
new value back in the widget without echoing it as a new change. Each bound field also has a
line under it where the live check's message for that path appears, with an icon and words.
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
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from quizapp.sets.editing.commands import MISSING, Command, SetValue
from quizapp.sets.editing.set_draft import SetDraft

DataPath = tuple[Any, ...]
ERROR_MARK = "\u26a0"  # shown with the words, never colour alone
WARNING_MARK = "\u2139"  # ℹ, in the fonts a desktop has


def problem_line(problem: Any) -> str:
    """A problem as the form shows it: a mark and the validator's words."""
    return f"{WARNING_MARK if problem.warning else ERROR_MARK} {problem.message}"


def problem_tip(problem: Any) -> str:
    """The same line with a warning's code (W01-W11), which names its section in the
    authoring guide: in the tooltip only, the words stand alone on the form."""
    code = getattr(problem, "code", "")
    return f"{problem_line(problem)} ({code})" if code else problem_line(problem)


def note_line(parent: QWidget) -> QLabel:
    """A message line of one line's height that never changes size: the fields around it stay
    where the teacher aims while live checking comes and goes (the whole text is its tooltip)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(False)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    label.setFixedHeight(label.fontMetrics().height() + 2)
    return label


def show_note(label: QLabel, problems: list[Any]) -> None:
    """The first problem in the note (and how many more), every one in its tooltip."""
    lines = [problem_line(problem) for problem in problems]
    more = f" (+{len(lines) - 1})" if len(lines) > 1 else ""
    label.setText(lines[0] + more if lines else "")
    label.setToolTip("\n".join(problem_tip(problem) for problem in problems))
    label.setAccessibleName("\n".join(lines))


class _Bound:
    """One widget bound to one path: how to read it, write it, and where its message goes."""

    def __init__(
        self,
        widget: QWidget,
        path: DataPath,
        read: Callable[[], Any],
        write: Callable[[Any], None],
        note: QLabel | None,
    ) -> None:
        self.widget, self.path, self.read, self.write, self.note = widget, path, read, write, note
        self.holder: QVBoxLayout | None = None  # where the message goes, made when first needed


class Binder(QObject):
    """Binds the fields of one form to the draft; ``refresh`` re-reads them all."""

    def __init__(self, draft: SetDraft, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.bound: list[_Bound] = []
        self._updating = False
        self._field_in: dict[QWidget, QWidget] = {}  # a field's holder -> the field

    def apply(self, command: Command) -> None:
        self._updating = True
        try:
            self.draft.apply(command)
        finally:
            self._updating = False

    def field(self, widget: QWidget, parent: QWidget, note_of: QWidget | None = None) -> QWidget:
        """``widget`` with its message line under it, as one widget for a form layout
        (``note_of``: the bound widget inside ``widget`` whose message it is)."""
        holder = QWidget(parent)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        bound = next((b for b in self.bound if b.widget is (note_of or widget)), None)
        if bound is not None:
            bound.holder = layout
        self._field_in[holder] = note_of or widget
        return holder

    def link_buddies(self, form: QWidget) -> None:
        """A label's mnemonic (Alt+T for "&Title:") focuses its field: a form layout made the
        holder around the field its buddy, and a holder takes no focus, so the key did nothing."""
        for label in form.findChildren(QLabel):
            field = self._field_in.get(label.buddy())
            if field is not None:
                label.setBuddy(field)

    @staticmethod
    def _note_of(bound: _Bound) -> QLabel | None:
        """The message line under a field, made the first time it has something to say."""
        if bound.note is None and bound.holder is not None:
            bound.note = note_line(bound.widget.parentWidget())
            bound.holder.addWidget(bound.note)
        return bound.note

    def register(
        self, widget: QWidget, path: DataPath, read: Callable[[], Any], write: Callable[[Any], None]
    ) -> _Bound:
        bound = _Bound(widget, path, read, write, None)
        self.bound.append(bound)
        widget.setProperty("quizapp_path", repr(path))
        write(self.draft.get(path, MISSING))
        return bound

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

    def text(self, widget: QPlainTextEdit, path: DataPath, optional: bool = False) -> None:
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

    def combo(self, widget: QComboBox, path: DataPath, default: Any = MISSING) -> None:
        """A choice among the combo's item data; the default choice removes the key."""

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
            self._changed(path, MISSING if value == default else value, merge=False)

        widget.activated.connect(on_choice)

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

    def show_problems(self, problems: list[Any]) -> list[Any]:
        """Each problem beside the field of its path; returns those no field here shows."""
        by_path = {bound.path: bound for bound in self.bound}
        notes: dict[DataPath, list[Any]] = {}
        left = []
        for problem in problems:
            if problem.path in by_path:
                notes.setdefault(problem.path, []).append(problem)
            else:
                left.append(problem)
        for path, bound in by_path.items():
            here = notes.get(path, [])
            note = self._note_of(bound) if here else bound.note
            if note is not None:  # once made, its line stays: nothing below moves again
                show_note(note, here)
            bound.widget.setAccessibleDescription("\n".join(problem_line(p) for p in here))
            bound.widget.setToolTip("\n".join(problem_tip(p) for p in here))
        return left


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


def warning_icon(widget: QWidget) -> Any:
    return widget.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


ALIGN_TOP = Qt.AlignmentFlag.AlignTop
