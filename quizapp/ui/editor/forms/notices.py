"""Where the live check's remarks show in the editor without moving anything she aims at.

A remark never adds a line under its field: the field only gets a mark that takes no room
(an icon inside a one-line field, its tooltip and its description for a screen reader), and
the words go to one strip of fixed height under the form, which wraps them and scrolls when
they are long. So the rows stay where the teacher is about to click, and no remark is cut off.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QWidget,
)

ERROR_MARK = "\u26a0"  # shown with the words, never colour alone
WARNING_MARK = "\u2139"  # ℹ, in the fonts a desktop has
STRIP_LINES = 3  # the strip's height in lines: room for one long remark, scrolls beyond


def problem_line(problem: Any) -> str:
    """A problem as the form shows it: a mark and the validator's words."""
    return f"{WARNING_MARK if problem.warning else ERROR_MARK} {problem.message}"


def problem_tip(problem: Any) -> str:
    """The same line with a warning's code (W01-W11), which names its section in the
    authoring guide: in the tooltip only, the words stand alone on the form."""
    code = getattr(problem, "code", "")
    return f"{problem_line(problem)} ({code})" if code else problem_line(problem)


def placed_line(field: str, problem: Any, tip: bool = False) -> str:
    """A remark in the strip, after the name of the field it is about (if it has one);
    ``tip``: with the warning's code, for the tooltip."""
    line = problem_tip(problem) if tip else problem_line(problem)
    if not field:
        return line
    mark, words = line.split(" ", 1)
    return QCoreApplication.translate("EditorNotices", "{0} {1}: {2}").format(mark, field, words)


class NoticeStrip(QListWidget):
    """A list of fixed height, one remark a row, wrapped; it scrolls when they are many.

    A remark is a row she can activate (Enter, a double click): ``go_to`` then gives the
    data path of the field it is about, and the window puts the keyboard and a visible mark
    on that field (ui37: the rows were lines of one label, which no key could reach).
    """

    go_to = Signal(object)  # the data path of the field of the remark activated

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * STRIP_LINES + 12)
        self.itemActivated.connect(self._activated)
        self.remarks: list[str] = []
        self.show_lines([], [])

    def show_lines(self, lines: list[str], tips: list[str], places: list | None = None) -> None:
        """Every remark in full, one a row; the same with the warnings' codes as tooltip;
        ``places``: the data path of each remark's field (None: no field to go to). With
        none, a greyed row says so: an empty framed box would look like a field."""
        self.remarks = list(lines)
        self.clear()
        if not lines:
            quiet = QCoreApplication.translate("EditorNotices", "Nothing to point out here.")
            item = QListWidgetItem(quiet, self)
            item.setFlags(Qt.ItemFlag.NoItemFlags)  # greyed, and never a stop
        targets = list(places) if places is not None else [None] * len(lines)
        for line, tip, target in zip(lines, tips, targets, strict=True):
            item = QListWidgetItem(line, self)
            item.setToolTip(tip)
            item.setData(Qt.ItemDataRole.UserRole, target)
        self.setAccessibleName(
            QCoreApplication.translate("EditorNotices", "Remarks: Enter goes to the field")
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if lines else Qt.FocusPolicy.NoFocus)
        self.scrollToTop()

    def text(self) -> str:
        """The remarks shown ("" when there are none)."""
        return "\n".join(self.remarks)

    def _activated(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if target is not None:
            self.go_to.emit(tuple(target))


def describe_field(widget: QWidget, lines: list[str]) -> None:
    """Give a field ``lines`` as its description (its remarks; none when it has none). A
    combo box's description starts with its name: Qt's AT-SPI bridge names it by its current
    entry, so « Plain fact » was heard without the claim it is for (a11y43). The one place
    that says so: the form describes a field so when it builds it, the live check when it
    marks it (mend43d)."""
    said = [widget.accessibleName()] if isinstance(widget, QComboBox) else []
    widget.setAccessibleDescription("\n".join(line for line in [*said, *lines] if line))


def mark_field(widget: QWidget, problems: list[Any], marks: dict[QWidget, QAction]) -> None:
    """Mark ``widget`` as having remarks, or unmark it, without changing its size."""
    describe_field(widget, [problem_line(p) for p in problems])
    widget.setToolTip("\n".join(problem_tip(p) for p in problems))
    if not isinstance(widget, QLineEdit):
        return
    old = marks.pop(widget, None)
    if old is not None:
        widget.removeAction(old)
        old.deleteLater()
    if problems:
        error = any(not p.warning for p in problems)
        kind = QStyle.StandardPixmap.SP_MessageBoxWarning
        if not error:
            kind = QStyle.StandardPixmap.SP_MessageBoxInformation
        icon = widget.style().standardIcon(kind)
        action = widget.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        action.setToolTip(widget.toolTip())
        marks[widget] = action
