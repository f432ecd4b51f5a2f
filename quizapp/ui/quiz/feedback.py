"""The verdict of one answer in words: how it went, why, and which journalistic rule applies."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from quizapp.engine import Mark, Verdict
from quizapp.model import Question
from quizapp.ui.common import ICON_SIZE, format_points, plain_label, set_scaled_font


class FeedbackPanel(QFrame):
    """Headline (icon + words), points, explanation, rule; hidden until there is a verdict."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._icon = QLabel(self)
        self._headline = plain_label("", self)
        set_scaled_font(self._headline, 1.2)
        self._explanation = plain_label("", self)
        self._rule = plain_label("", self)
        self._evidence_note = plain_label("", self)
        top = QHBoxLayout()
        top.addWidget(self._icon)
        top.addWidget(self._headline, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        for widget in (self._explanation, self._rule, self._evidence_note):
            layout.addWidget(widget)
        self._retranslate()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """Static words; the verdict's are set again by the page that shows it."""
        self._evidence_note.setText(self.tr("The evidence is highlighted in the article."))
        self.setAccessibleName(self.tr("Feedback"))

    @property
    def headline_label(self) -> QLabel:
        return self._headline

    @property
    def headline(self) -> str:
        return self._headline.text()

    def show_verdict(self, question: Question, verdict: Verdict, has_evidence: bool) -> None:
        mark = Mark.RIGHT if verdict.correct else Mark.WRONG
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
        if mark is Mark.WRONG:
            icon = QStyle.StandardPixmap.SP_MessageBoxWarning
        self._icon.setPixmap(self.style().standardIcon(icon).pixmap(ICON_SIZE * 2, ICON_SIZE * 2))
        self._explanation.setText(question.explanation)
        self._explanation.setVisible(bool(question.explanation))
        self._rule.setText(self.tr("Rule: {0}").format(question.rule) if question.rule else "")
        self._rule.setVisible(bool(question.rule))
        self._evidence_note.setVisible(has_evidence)
        self._headline.setAccessibleName(self._headline.text())
        self.setAccessibleDescription(self._headline.text())
        self.show()
