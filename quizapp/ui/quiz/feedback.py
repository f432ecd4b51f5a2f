"""The verdict of one answer in words: how it went, why, and which journalistic rule applies."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from quizapp.draft.drafting.wording.passages import french_spaces
from quizapp.engine import Verdict
from quizapp.model import Question
from quizapp.ui.common import (
    ICON_SIZE,
    RetranslateOnLanguageChange,
    format_points,
    plain_label,
    set_scaled_font,
)
from quizapp.ui.fitting_text import FittingTextEdit
from quizapp.ui.quiz.paired_marks import in_marks


# Labels are not enough for a blind learner: on Linux, Qt gives a label no text interface and
# leaves it out of the Tab order. A read-only text edit is a "text" to AT-SPI: Tab reaches it,
# the arrow keys read it line by line. Plain text only: the words come from question files.
class ReadingText(FittingTextEdit):
    """Plain read-only text without scroll bars: its height follows its content."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.viewport().setAutoFillBackground(False)  # reads as part of the panel around it

    def set_plain(self, text: str) -> None:
        """Show ``text`` literally, the caret at its start (where a screen reader begins)."""
        self.setPlainText(text)
        self.moveCursor(self.textCursor().MoveOperation.Start)


class FeedbackPanel(RetranslateOnLanguageChange, QFrame):
    """Headline (icon + words), then one readable text: explanation, rule, marks, passages.

    The text is a focusable read-only text (Tab reaches it after Next), named with the
    verdict, so a screen reader says the verdict, then reads the explanation and the rule,
    each mark and the passages in words, in that order.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._icon = QLabel(self)
        self._headline = plain_label("", self)
        set_scaled_font(self._headline, 1.2)
        self._details = ReadingText(self)
        top = QHBoxLayout()
        top.addWidget(self._icon)
        top.addWidget(self._headline, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._details)
        self._retranslate()
        self.hide()

    def _retranslate(self) -> None:
        """Static words; the verdict's are set again by the page that shows it."""
        self.setAccessibleName(self.tr("Feedback"))

    @property
    def headline_label(self) -> QLabel:
        return self._headline

    @property
    def headline(self) -> str:
        return self._headline.text()

    @property
    def details(self) -> ReadingText:
        """The focusable text holding the explanation, rule, marks and passages."""
        return self._details

    def show_verdict(
        self,
        question: Question,
        verdict: Verdict,
        has_evidence: bool,
        marks: Sequence[str] = (),
        passages: Sequence[str] = (),
        language: str = "fr",
    ) -> None:
        """The verdict's headline and details; ``language`` is the set's, whose quotation
        marks the passages are listed between (ui46). French details keep « and » with their
        words and a space before « : ? ! ; » unbroken: the drafted explanations (« Pour chaque
        affirmation, … (« selon », « affirme ») … ») broke a line after « (teacher47)."""
        self._show_headline(verdict)
        details = self._details_text(question, has_evidence, marks, passages, language)
        if language.lower().startswith("fr"):
            details = french_spaces(details)  # the same text, never a line that starts « » »
        self._details.set_plain(details)
        self._details.setAccessibleName(self.tr("Feedback: {0}").format(self._headline.text()))
        self._headline.setAccessibleName(self._headline.text())
        self.setAccessibleDescription(self._headline.text())
        self.show()

    def _show_headline(self, verdict: Verdict) -> None:
        """The verdict in a word, its points, and the icon of a right or a wrong answer."""
        if verdict.correct:
            word = self.tr("Right!")
        elif verdict.fraction > 0:
            word = self.tr("Partly right")
        else:
            word = self.tr("Not right")
        points = self.tr("points: {0} of {1}").format(
            format_points(verdict.points), format_points(verdict.possible)
        )
        self._headline.setText(f"{word} — {points}")
        icon = QStyle.StandardPixmap.SP_DialogApplyButton
        if not verdict.correct:
            icon = QStyle.StandardPixmap.SP_MessageBoxWarning
        self._icon.setPixmap(self.style().standardIcon(icon).pixmap(ICON_SIZE * 2, ICON_SIZE * 2))

    def _details_text(
        self,
        question: Question,
        has_evidence: bool,
        marks: Sequence[str],
        passages: Sequence[str],
        language: str,
    ) -> str:
        """Explanation, rule, the learner's marks, then the passages: plain lines."""
        parts = [question.explanation] if question.explanation else []
        if question.rule:
            parts.append(self.tr("Rule: {0}").format(question.rule))
        if marks:
            parts.append("\n".join([self.tr("Your answer:"), *marks]))
        if passages:
            lines = [f"{n}. {in_marks(passage, language)}" for n, passage in enumerate(passages, 1)]
            heading = self.tr("Passages of the article that show it (highlighted there):")
            parts.append("\n".join([heading, *lines]))
        elif has_evidence:
            parts.append(self.tr("The evidence is highlighted in the article."))
        return "\n\n".join(parts)
