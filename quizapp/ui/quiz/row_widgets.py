"""Answer widgets for classify and match questions: one row per claim or quote, a choice each.

Each row's choice is a combo box whose entries are numbered; typing a number on a focused row
picks that entry (0 clears it), so a whole classify question can be done from the keyboard:
Tab to the row, press the label's number, Tab on.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QSizePolicy, QWidget

from quizapp.engine import ClassifyResponse, Mark, MatchResponse, Presented, Response, Verdict
from quizapp.model import Classify, Match, QuizSet
from quizapp.ui.common import MarkBadge, plain_label, plain_tooltip
from quizapp.ui.quiz.choice_widgets import digit_of


class NumberedCombo(QComboBox):
    """A combo box whose first entry means "no choice yet" and whose number keys pick entries."""

    def __init__(self, placeholder: str, entries: Sequence[tuple[str, str, str]], parent: QWidget):
        super().__init__(parent)
        self.addItem(placeholder, None)
        for number, (value, text, tip) in enumerate(entries, start=1):
            self.addItem(f"{number}. {text}", value)
            if tip:
                self.setItemData(number, plain_tooltip(tip), Qt.ItemDataRole.ToolTipRole)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, value: str | None) -> None:
        index = self.findData(value) if value is not None else 0
        self.setCurrentIndex(max(index, 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        number = digit_of(event)
        if event.key() == Qt.Key.Key_0:
            number = 0
        if number is not None and number < self.count():
            self.setCurrentIndex(number)
            return
        super().keyPressEvent(event)


class _ComboRows(QWidget):
    """Numbered texts, each with a combo below it and a badge for its mark after feedback."""

    changed = Signal()

    def __init__(
        self,
        texts: Sequence[str],
        placeholder: str,
        entries: Sequence[tuple[str, str, str]],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.combos: list[NumberedCombo] = []
        self.badges: list[MarkBadge] = []
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        for row, text in enumerate(texts):
            combo = NumberedCombo(placeholder, entries, self)
            combo.setAccessibleName(text)
            combo.currentIndexChanged.connect(lambda *_: self.changed.emit())
            badge = MarkBadge(self)
            grid.addWidget(plain_label(f"{row + 1}.", self), 3 * row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(plain_label(text, self), 3 * row, 1)
            grid.addWidget(combo, 3 * row + 1, 1)
            grid.addWidget(badge, 3 * row + 2, 1)
            self.combos.append(combo)
            self.badges.append(badge)

    def values(self) -> tuple[str | None, ...]:
        return tuple(combo.value() for combo in self.combos)

    def set_values(self, values: Sequence[str | None]) -> None:
        for combo, value in zip(self.combos, values, strict=False):
            combo.set_value(value)

    def set_locked(self, locked: bool) -> None:
        for combo in self.combos:
            combo.setEnabled(not locked)

    def set_placeholder(self, text: str) -> None:
        for combo in self.combos:
            combo.setItemText(0, text)

    def mark(self, row: int, mark: Mark, detail: str) -> None:
        """Show the row's mark, and give its combo box the same words for a screen reader."""
        self.badges[row].show_mark(mark, detail)
        self.combos[row].setAccessibleDescription(self.badges[row].text)


class _RowsQuestion(QWidget):
    """What classify and match share: one combo box a row, answered, locked and focused alike."""

    changed = Signal()

    def __init__(self, rows: list[str], entries: list[tuple], parent: QWidget | None) -> None:
        super().__init__(parent)
        self._rows = _ComboRows(rows, "", entries, self)
        self._rows.changed.connect(self.changed)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        raise NotImplementedError

    def combos(self) -> list[NumberedCombo]:
        return self._rows.combos

    def is_answered(self) -> bool:
        return any(value is not None for value in self._rows.values())

    def set_locked(self, locked: bool) -> None:
        self._rows.set_locked(locked)

    def focus_first(self) -> None:
        self._rows.combos[0].setFocus()


class ClassifyWidget(_RowsQuestion):
    """Classify: a label from the set's scheme for each claim."""

    def __init__(self, presented: Presented, quiz: QuizSet, parent: QWidget | None = None):
        question: Classify = presented.question  # type: ignore[assignment]
        entries = [(label.id, label.name, label.description) for label in quiz.labels]
        super().__init__([item.claim for item in question.items], entries, parent)
        self._question = question
        self._names = {label.id: label.name for label in quiz.labels}
        self._keys = "   ".join(f"{n}\u00a0{label.name}" for n, label in enumerate(quiz.labels, 1))
        legend = self._legend = plain_label("", self)
        legend.setToolTip(
            plain_tooltip("\n".join(f"{label.name}: {label.description}" for label in quiz.labels))
        )
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(legend)
        layout.addWidget(self._rows)
        self._retranslate()

    def _retranslate(self) -> None:
        self._rows.set_placeholder(self.tr("— choose a label —"))
        self._legend.setText(self.tr("Labels: {0}").format(self._keys))

    def response(self) -> Response:
        return ClassifyResponse(self._rows.values())

    def set_response(self, response: Response) -> None:
        if isinstance(response, ClassifyResponse):
            self._rows.set_values(response.labels)

    def show_verdict(self, verdict: Verdict) -> None:
        for row, item in enumerate(self._question.items):
            mark = verdict.marks[row]
            chosen = self._rows.values()[row]
            if mark is Mark.RIGHT:
                said = ""
            elif chosen is None:
                said = self.tr("no label chosen; the right one is “{0}”.").format(
                    self._names[item.label]
                )
            else:
                said = self.tr("you chose “{0}”, the right label is “{1}”.").format(
                    self._names.get(chosen, chosen), self._names[item.label]
                )
            detail = " ".join(part for part in (said, item.explanation) if part)
            self._rows.mark(row, mark, detail)
        self.set_locked(True)

    def evidence(self) -> list[str]:
        """Passages backing each item, revealed with the feedback."""
        return [passage for item in self._question.items for passage in item.evidence]


class MatchWidget(_RowsQuestion):
    """Match: for each left-hand quote, one of the right-hand sources or distractors."""

    def __init__(self, presented: Presented, parent: QWidget | None = None):
        question: Match = presented.question  # type: ignore[assignment]
        entries = [(choice, choice, "") for choice in presented.choice_order]
        super().__init__([pair.left for pair in question.pairs], entries, parent)
        self._question = question
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._rows)
        self._retranslate()

    def _retranslate(self) -> None:
        self._rows.set_placeholder(self.tr("— choose —"))

    def response(self) -> Response:
        return MatchResponse(self._rows.values())

    def set_response(self, response: Response) -> None:
        if isinstance(response, MatchResponse):
            self._rows.set_values(response.choices)

    def show_verdict(self, verdict: Verdict) -> None:
        for row, pair in enumerate(self._question.pairs):
            mark = verdict.marks[row]
            chosen = self._rows.values()[row]
            if mark is Mark.RIGHT:
                detail = ""
            elif chosen is None:
                detail = self.tr("no answer chosen; it is “{0}”.").format(pair.right)
            else:
                detail = self.tr("you chose “{0}”, the answer is “{1}”.").format(chosen, pair.right)
            self._rows.mark(row, mark, detail)
        self.set_locked(True)
