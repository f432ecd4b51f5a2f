"""A part of a form folded away until asked for: the names the file gives things (ids).

A teacher never needs the id a question has in the file (quizapp makes it from the question's
words, results and links use it), and a line of `classify-2` at the top of every question
looked like something to fill in. It stays one click away for whoever wants to rename it,
with a plain sentence on what it is; the file format does not change.

The fold is a plain button, not a checkable one: Qt gives a checkable button the role of a
check box (AT-SPI read « check box » for « Advanced: the codes of the kinds of source »,
a11y48), which a screen reader speaks as a box to tick, as if ticking it chose something
(teacher49). Its description says whether it is folded and what Space does.

Space on it changed the description only, which Orca 43 does not speak: it said nothing at
all as the fold opened or folded (a11y49, its log). Each press now also says the new
description as a spoken notice (quizapp/ui/spoken_notice.py), heard where the focus stays.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QToolButton, QVBoxLayout, QWidget

from quizapp.ui.common import plain_label
from quizapp.ui.editor.forms.notices import ERROR_MARK
from quizapp.ui.spoken_notice import SpokenNotice


class Disclosure(QWidget):
    """A button with an arrow that shows or hides ``form`` and an explanation above it."""

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self.button = QToolButton(self)
        self.button.setAutoRaise(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.clicked.connect(self._toggle)
        self._notice: SpokenNotice | None = None  # made at the first press: forms hold many
        self.body = QWidget(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        inner = QVBoxLayout(self.body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(plain_label(explanation, self.body))
        inner.addLayout(self.form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body)
        self._flagged = False
        self._opened = False
        self._show(False)

    def is_open(self) -> bool:
        """Whether the folded part is shown."""
        return self._opened

    def _toggle(self) -> None:
        """Opened or folded by the teacher: shown, and said (the description alone is not)."""
        self._show(not self._opened)
        if self._notice is None:
            self._notice = SpokenNotice(self)
        self._notice.say(self.button.accessibleDescription(), self.button)

    def flag(self, on: bool) -> None:
        """A mark on the folded button when a field inside has a problem."""
        self._flagged = on
        self._show(self._opened)

    def _show(self, opened: bool) -> None:
        self._opened = opened
        self.body.setVisible(opened)
        arrow = Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow
        self.button.setArrowType(arrow)
        mark = f" {ERROR_MARK}" if self._flagged else ""
        self.button.setText(self._title + mark)
        self.button.setAccessibleDescription(
            self.tr("Shown: press Space to fold it away.")
            if opened
            else self.tr("Folded away: press Space to show it.")
        )
