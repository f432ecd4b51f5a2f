"""The "how sure are you?" row under a question, asked before Check when the learner wants it.

The setting can be turned on or off while a quiz runs: the row then changes from the next
question on, never under the learner's hands in the middle of one. The row keeps both, what
the current question asks and what the next will (in the quiz screen until tidy34).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton, QWidget

from quizapp.ui.common import RetranslateOnLanguageChange, plain_label


class ConfidenceRow(RetranslateOnLanguageChange, QWidget):
    """ "Sure" / "Not sure" radio buttons; ``changed`` when one is picked. ``asking``: the
    current question asks how sure the learner is (the row is shown)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, asking: bool = False) -> None:
        super().__init__(parent)
        self.asking = self._ask_next = asking
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._label = plain_label("", self)
        layout.addWidget(self._label)
        self.group = QButtonGroup(self)
        for value in ("sure", "unsure"):
            button = QRadioButton(self)
            button.setObjectName(f"confidence_{value}")
            button.setProperty("confidence", value)
            self.group.addButton(button)
            layout.addWidget(button)
        self.group.buttonToggled.connect(lambda *_: self.changed.emit())
        self.setVisible(asking)
        self._retranslate()

    def _retranslate(self) -> None:
        self._label.setText(self.tr("How sure are you?"))
        texts = {"sure": self.tr("Su&re"), "unsure": self.tr("N&ot sure")}
        for button in self.group.buttons():
            text = texts[str(button.property("confidence"))]
            button.setText(text)
            button.setAccessibleName(text.replace("&", ""))

    def chosen(self) -> str | None:
        """ "sure" or "unsure" as picked; None when nothing is or the question does not ask."""
        button = self.group.checkedButton()
        if button is None or not self.asking:
            return None
        return str(button.property("confidence"))

    def ask_from_next_question(self, on: bool) -> bool:
        """Ask (or stop asking) from the next question on; whether that differs from what
        the current question asks (so the change waits for the next one)."""
        self._ask_next = on
        return on != self.asking

    def start_question(self) -> None:
        """A new question: asked as the setting last said, shown or hidden, nothing chosen."""
        self.asking = self._ask_next
        self.setVisible(self.asking)
        self.reset()

    def reset(self) -> None:
        """Nothing chosen, and choosable again, for a new question."""
        self.group.setExclusive(False)  # an exclusive group cannot be emptied
        for button in self.group.buttons():
            button.setChecked(False)
            button.setEnabled(True)
        self.group.setExclusive(True)

    def lock(self) -> None:
        for button in self.group.buttons():
            button.setEnabled(False)
