"""Answer widgets for single_choice, multiple_choice and true_false questions.

Buttons carry only a number; the option text sits in a word-wrapping plain label beside it,
because a QRadioButton's own text never wraps and long French options would be cut.
Number keys 1-9 pick the option with that number.
"""

from __future__ import annotations

from typing import TypeGuard

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from quizapp.engine import ChoiceResponse, Mark, Presented, Response, TrueFalseResponse, Verdict
from quizapp.model import MultipleChoice, TrueFalse
from quizapp.ui.common import MarkBadge, RetranslateOnLanguageChange, mark_line


class _ClickableText(QLabel):
    """Option text that toggles its button when clicked, like a button's own label would.

    It clicks the button itself: a signal connected to ``button.click`` (a method of another
    Qt object) left a few bytes in PySide for each connection after both were deleted, one
    per option of every question page (gc12).
    """

    def __init__(self, text: str, button: QAbstractButton, parent: QWidget) -> None:
        super().__init__(parent)
        self._button = button
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setText(text)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._button.click()
        super().mouseReleaseEvent(event)


def digit_of(event: QKeyEvent) -> int | None:
    """1 for the key "1" ... 9 for "9"; None for any other key."""
    key = event.key()
    if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
        return key - Qt.Key.Key_1 + 1
    return None


class _ButtonRows(QWidget):
    """A grid of numbered buttons, each with wrapping text and a badge below for its mark."""

    changed = Signal()

    def __init__(self, texts: list[str], exclusive: bool, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(exclusive)
        self._badges: list[MarkBadge] = []
        self._labels: list[_ClickableText] = []
        self._marks: dict[int, Mark] = {}
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        for row, text in enumerate(texts):
            button: QAbstractButton = QRadioButton(self) if exclusive else QCheckBox(self)
            button.setText(str(row + 1))
            button.setAccessibleName(text)
            label = _ClickableText(text, button, self)
            badge = MarkBadge(self)
            self._group.addButton(button, row)
            self._badges.append(badge)
            self._labels.append(label)
            grid.addWidget(button, 2 * row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, 2 * row, 1)
            grid.addWidget(badge, 2 * row + 1, 1)
        self._group.idToggled.connect(lambda *_: self.changed.emit())

    def buttons(self) -> list[QAbstractButton]:
        return [self._group.button(row) for row in range(len(self._badges))]

    def checked_rows(self) -> set[int]:
        return {row for row, button in enumerate(self.buttons()) if button.isChecked()}

    def set_checked_rows(self, rows: set[int]) -> None:
        for row, button in enumerate(self.buttons()):
            button.setChecked(row in rows)

    def badge(self, row: int) -> MarkBadge:
        return self._badges[row]

    def set_texts(self, texts: list[str]) -> None:
        """New wording of the rows (True / False in another language)."""
        for label, button, text in zip(self._labels, self.buttons(), texts, strict=True):
            label.setText(text)
            button.setAccessibleName(text)

    def mark(self, row: int, mark: Mark, detail: str, word: str | None = None) -> None:
        """Show the row's mark, and give its button the same words for a screen reader."""
        badge = self._badges[row]
        badge.show_mark(mark, detail, word)
        self._marks[row] = mark
        said = badge.text if badge.isVisibleTo(self) else ""
        self.buttons()[row].setAccessibleDescription(said)
        self._labels[row].setAccessibleDescription(said)

    def set_locked(self, locked: bool) -> None:
        """Locked buttons cannot be focused: the options' texts take Tab then, each with its
        mark and why as its description, as a classify question's claims do (ui38, ui39)."""
        for button, label in zip(self.buttons(), self._labels, strict=True):
            button.setEnabled(not locked)
            label.setFocusPolicy(Qt.FocusPolicy.StrongFocus if locked else Qt.FocusPolicy.NoFocus)

    def marks_summary(self) -> list[str]:
        """Each marked option in words: its number and text, then its mark."""
        return [
            mark_line(row, label.text(), badge.text)
            for row, (label, badge) in enumerate(zip(self._labels, self._badges, strict=True), 1)
            if badge.text
        ]

    def answer_lines(self) -> list[str]:
        """One answer's rows in words, with no mark: the row picked, then the right one when
        it was not picked. Each row's mark and why stand under it already; the feedback listed
        them again, mark and reason, word for word (ui39, in the real window)."""
        named = [f"{row + 1}. {label.text()}" for row, label in enumerate(self._labels)]
        lines = [named[row] for row in sorted(self.checked_rows())]
        right = QCoreApplication.translate("AnswerLines", "The right answer: {0}")
        missed = [row for row, mark in sorted(self._marks.items()) if mark is Mark.MISSED]
        return lines + [right.format(named[row]) for row in missed]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        number = digit_of(event)
        buttons = self.buttons()
        if number is not None and number <= len(buttons) and buttons[number - 1].isEnabled():
            buttons[number - 1].click()
            buttons[number - 1].setFocus()
            return
        super().keyPressEvent(event)


class _ButtonsQuestion(QWidget):
    """What choice and true/false share: numbered button rows, answered, locked, focused alike."""

    changed = Signal()

    def __init__(self, texts: list[str], exclusive: bool, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._rows = _ButtonRows(texts, exclusive, self)
        self._rows.changed.connect(self.changed)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._rows)

    def buttons(self) -> list[QAbstractButton]:
        return self._rows.buttons()

    def is_answered(self) -> bool:
        return bool(self._rows.checked_rows())

    def set_locked(self, locked: bool) -> None:
        self._rows.set_locked(locked)

    def marks_summary(self) -> list[str]:
        return self._rows.marks_summary()

    def answer_lines(self) -> list[str]:
        return self._rows.answer_lines()

    def focus_first(self) -> None:
        self.buttons()[0].setFocus()


class ChoiceWidget(_ButtonsQuestion):
    """single_choice (radio buttons) or multiple_choice (check boxes), in the shown order."""

    def __init__(self, presented: Presented, parent: QWidget | None = None) -> None:
        question, order = presented.question, list(presented.option_order)
        texts = [question.options[index].text for index in order]
        super().__init__(texts, not isinstance(question, MultipleChoice), parent)
        self._question = question
        self._order = order

    def response(self) -> Response:
        return ChoiceResponse(frozenset(self._order[row] for row in self._rows.checked_rows()))

    def set_response(self, response: Response) -> None:
        if isinstance(response, ChoiceResponse):
            self._rows.set_checked_rows({self._order.index(i) for i in response.picked})

    def show_verdict(self, verdict: Verdict) -> None:
        single = not isinstance(self._question, MultipleChoice)
        for row, index in enumerate(self._order):
            option = self._question.options[index]
            mark = verdict.marks[index]
            if single and mark is Mark.MISSED:  # the one right answer, not one of several
                word = self.tr("➜ The right answer")
                self._rows.mark(row, mark, option.feedback, word)
                continue
            detail = option.feedback or self._default_detail(mark)
            self._rows.mark(row, mark, detail if mark is not Mark.NEUTRAL else "")
        self.set_locked(True)

    def _default_detail(self, mark: Mark) -> str:
        details = {
            Mark.RIGHT: self.tr("you picked a right answer"),
            Mark.WRONG: self.tr("not a right answer"),
            Mark.MISSED: self.tr("a right answer you did not pick"),
        }
        return details.get(mark, "")


class TrueFalseWidget(RetranslateOnLanguageChange, _ButtonsQuestion):
    """Two choices, true and false, for a statement the learner judges."""

    def __init__(self, presented: Presented, parent: QWidget | None = None) -> None:
        super().__init__(self._texts(), True, parent)
        self._question: TrueFalse = presented.question  # type: ignore[assignment]

    @staticmethod
    def _texts() -> list[str]:
        """The two rows' words, in this widget's context (asked before the widget exists)."""
        translate = QCoreApplication.translate
        return [translate("TrueFalseWidget", "True"), translate("TrueFalseWidget", "False")]

    def _retranslate(self) -> None:
        self._rows.set_texts(self._texts())

    def response(self) -> Response:
        rows = self._rows.checked_rows()
        return TrueFalseResponse(None if not rows else 0 in rows)

    def set_response(self, response: Response) -> None:
        if isinstance(response, TrueFalseResponse) and response.value is not None:
            self._rows.set_checked_rows({0 if response.value else 1})

    def show_verdict(self, verdict: Verdict) -> None:
        truth = (
            self.tr("the statement is true")
            if self._question.answer
            else self.tr("the statement is false")
        )
        right_row = 0 if self._question.answer else 1
        chosen = self._rows.checked_rows()
        for row in (0, 1):
            if row in chosen:
                self._rows.mark(row, verdict.marks[0], truth)
            elif row == right_row and verdict.marks[0] is not Mark.RIGHT:
                self._rows.mark(row, Mark.MISSED, truth)
        self.set_locked(True)


def one_answer(widget: object) -> TypeGuard[ChoiceWidget | TrueFalseWidget]:
    """A single-choice or true/false widget: one row picked, its verdict given under it, so
    the feedback names the rows without their marks (``answer_lines``)."""
    if isinstance(widget, ChoiceWidget):
        return not isinstance(widget._question, MultipleChoice)
    return isinstance(widget, TrueFalseWidget)
