"""Answer widgets for classify and match questions: one row per claim or quote, a choice each.

Each row's choice is a button opening a numbered menu; typing a number on a focused row picks
that entry (0 clears it), so a whole classify or match question can be done from the
keyboard: Tab to the row, press the number its legend gives, Tab on. A screen reader hears
the row's text and its current choice in the button's name ("Claim 2 of 5: « … » — label: none").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeGuard

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from quizapp.engine import ClassifyResponse, Mark, MatchResponse, Presented, Response, Verdict
from quizapp.model import Classify, Match, QuizSet
from quizapp.ui.common import (
    MarkBadge,
    RetranslateOnLanguageChange,
    mark_line,
    plain_label,
    plain_tooltip,
)
from quizapp.ui.quiz.answers.numbered_choice import NumberedChoice, without_outer_quotes
from quizapp.ui.quiz.answers.row_marks import RowMarks


class _ComboRows(QWidget):
    """Numbered texts, each with a combo below it and a badge for its mark after feedback."""

    changed = Signal()
    row_activated = Signal(int)  # a row's text or combo box was clicked or focused

    def __init__(
        self,
        texts: Sequence[str],
        placeholder: str,
        entries: Sequence[tuple[str, str, str]],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.combos: list[NumberedChoice] = []
        self.badges: list[MarkBadge] = []
        self.text_labels: list[QLabel] = []  # the rows' texts, clicked or focused to show one
        self.marks: dict[int, Mark] = {}  # each marked row's mark, for the feedback's tally
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        self.texts = list(texts)
        for row, text in enumerate(texts):
            self._add_row(grid, row, text, NumberedChoice(placeholder, entries, self))

    def _add_row(self, grid: QGridLayout, row: int, text: str, combo: NumberedChoice) -> None:
        """Its number, its text, the combo under it and the badge under that, three grid rows."""
        combo.currentIndexChanged.connect(lambda *_: self.changed.emit())
        badge = MarkBadge(self)
        number = plain_label(f"{row + 1}.", self)
        number.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)  # no stop
        grid.addWidget(number, 3 * row, 0, Qt.AlignmentFlag.AlignTop)
        label = plain_label(text, self)
        grid.addWidget(label, 3 * row, 1)
        grid.addWidget(combo, 3 * row + 1, 1)
        grid.addWidget(badge, 3 * row + 2, 1)
        for widget in (label, combo, badge):
            widget.setProperty("quizapp_row", row)
            widget.installEventFilter(self)
        self.combos.append(combo)
        self.badges.append(badge)
        self.text_labels.append(label)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kinds = (QEvent.Type.FocusIn, QEvent.Type.MouseButtonRelease)
        if event.type() in kinds and watched.property("quizapp_row") is not None:
            self.row_activated.emit(int(watched.property("quizapp_row")))
        return False

    def values(self) -> tuple[str | None, ...]:
        return tuple(combo.value() for combo in self.combos)

    def set_values(self, values: Sequence[str | None]) -> None:
        for combo, value in zip(self.combos, values, strict=False):
            combo.set_value(value)

    def set_locked(self, locked: bool) -> None:
        """Locked combos cannot be focused: the rows' texts take Tab then, to show a row."""
        for combo, label in zip(self.combos, self.text_labels, strict=True):
            combo.setEnabled(not locked)
            label.setFocusPolicy(Qt.FocusPolicy.StrongFocus if locked else Qt.FocusPolicy.NoFocus)

    def set_placeholder(self, text: str) -> None:
        for combo in self.combos:
            combo.setItemText(0, text)

    def set_row_names(self, template: str, choice_word: str) -> None:
        """Name each control with its row and the kind of choice, for a screen reader.

        ``template`` has {0} (row number), {1} (row count) and {2} (the row's text).
        """
        total = len(self.combos)
        for row, (combo, text) in enumerate(zip(self.combos, self.texts, strict=True), 1):
            said = template.format(row, total, without_outer_quotes(text))
            combo.set_row_name(f"{said} — {choice_word}")

    def marks_summary(self) -> list[str]:
        """Each marked row in words: its text, then its mark."""
        return [
            mark_line(row, text, badge.text)
            for row, (text, badge) in enumerate(zip(self.texts, self.badges, strict=True), 1)
            if badge.text
        ]

    def mark(self, row: int, mark: Mark, detail: str) -> None:
        """Show the row's mark, and give its combo box and its text (which Tab reaches once
        the rows are locked) the same words for a screen reader."""
        self.badges[row].show_mark(mark, detail)
        self.combos[row].setAccessibleDescription(self.badges[row].text)
        self.text_labels[row].setAccessibleDescription(self.badges[row].text)
        self.marks[row] = mark


class _RowsQuestion(RetranslateOnLanguageChange, QWidget):
    """What classify and match share: one combo box a row, answered, locked and focused alike."""

    changed = Signal()

    def __init__(self, rows: list[str], entries: list[tuple], parent: QWidget | None) -> None:
        super().__init__(parent)
        self._rows = _ComboRows(rows, "", entries, self)
        self._rows.changed.connect(self.changed)
        self.row_activated = self._rows.row_activated

    def _retranslate(self) -> None:
        raise NotImplementedError

    def combos(self) -> list[NumberedChoice]:
        return self._rows.combos

    def is_answered(self) -> bool:
        return any(value is not None for value in self._rows.values())

    def unanswered_count(self) -> int:
        """Rows still without a choice: Check asks before scoring them as missed."""
        return len(self.unanswered_rows())

    def unanswered_rows(self) -> list[int]:
        """The numbers (from 1, as shown) of the rows still without a choice."""
        return [row for row, value in enumerate(self._rows.values(), 1) if value is None]

    def focus_row(self, number: int) -> None:
        """The keyboard on row ``number`` (from 1): back from « rows left blank »."""
        self._rows.combos[number - 1].setFocus()

    def marks_tally(self) -> list[str]:
        """What the feedback says of the rows: how many of each mark. Each row's mark and
        why stand under the row already; the feedback listed them all again (ui38, in the
        real window: a classify question of eight claims showed each verdict twice)."""
        return [RowMarks().tally(list(self._rows.marks.values()))]

    def set_locked(self, locked: bool) -> None:
        self._rows.set_locked(locked)

    def focus_first(self) -> None:
        self._rows.combos[0].setFocus()

    def marks_summary(self) -> list[str]:
        return self._rows.marks_summary()


class ClassifyWidget(_RowsQuestion):
    """Classify: a label from the set's scheme for each claim."""

    def __init__(self, presented: Presented, quiz: QuizSet, parent: QWidget | None = None):
        question: Classify = presented.question  # type: ignore[assignment]
        entries = [(label.id, label.name, label.description) for label in quiz.labels]
        super().__init__([item.claim for item in question.items], entries, parent)
        self._question = question
        self.passage_numbers: list[list[int]] = [[] for _ in question.items]
        self._names = {label.id: label.name for label in quiz.labels}
        self._keys = "   ".join(f"{n}\u00a0{label.name}" for n, label in enumerate(quiz.labels, 1))
        legend = self._legend = plain_label("", self)
        meanings = "\n".join(f"{label.name}: {label.description}" for label in quiz.labels)
        legend.setToolTip(plain_tooltip(meanings))
        legend.setAccessibleDescription(meanings)  # plain words, not the tooltip's markup
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(legend)
        layout.addWidget(self._rows)
        self._retranslate()

    def _retranslate(self) -> None:
        self._rows.set_placeholder(self.tr("— choose a label —"))
        self._rows.set_row_names(self.tr("Claim {0} of {1}: « {2} »"), self.tr("label:"))
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
            where = self._where(self.passage_numbers[row])
            detail = " ".join(part for part in (said, item.explanation, where) if part)
            self._rows.mark(row, mark, detail)
        self.set_locked(True)

    def _where(self, numbers: list[int]) -> str:
        """ "Evidence: passage 2 in the article." for a row whose passages are known."""
        if not numbers:
            return ""
        listed = ", ".join(str(number) for number in numbers)
        if len(numbers) == 1:
            template = self.tr("Evidence: passage {0} of the article (click the claim to show it).")
            return template.format(listed)
        return self.tr(
            "Evidence: passages {0} of the article (click the claim to show the first)."
        ).format(listed)

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
        # the numbers to type, listed as a classify question lists its labels: « type a
        # number on a line » named none of them (ui36, in the real window)
        numbered = enumerate(presented.choice_order, 1)
        self._keys = "   ".join(f"{n}\u00a0{choice}" for n, choice in numbered)
        self._legend = plain_label("", self)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._legend)
        layout.addWidget(self._rows)
        self._retranslate()

    def _retranslate(self) -> None:
        self._rows.set_placeholder(self.tr("— choose —"))
        self._rows.set_row_names(self.tr("Quote {0} of {1}: « {2} »"), self.tr("said by:"))
        self._legend.setText(self.tr("Choices: {0}").format(self._keys))

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


def rows_question(widget: object) -> TypeGuard[ClassifyWidget | MatchWidget]:
    """A classify or match question's widget, one row per claim or quote: the only kind with
    rows left blank and marks tallied (check_guard and QuestionPage ask it; mend38e)."""
    return isinstance(widget, ClassifyWidget | MatchWidget)
