"""The results screen: score and pass/fail, what kind of source was taken for what, misses.

The confusion matrix and its one-sentence summary are what the app teaches with: a learner
sees that they take vague groups for anonymous sources, not just that they scored 60 %.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from quizapp.engine import Results, describe_confusion
from quizapp.model import QuizSet
from quizapp.results.stats_records import Calibration
from quizapp.ui.common import fits_columns, plain_label, separate_entries, set_scaled_font
from quizapp.ui.quiz.results.result_tables import (
    format_points,
    percent,
    shown_score,
)
from quizapp.ui.quiz.results.source_mixups import SourceMixups

__all__ = ["ResultsView", "format_points", "percent"]  # the two helpers live in result_tables

WIDE_COLUMNS = 130  # average characters across under which the details go below the score


class ResultsView(SourceMixups, QWidget):
    """Everything a finished run says; asks the window for a review or the library."""

    review_requested = Signal(str)  # the id of the missed question to start the review at
    library_requested = Signal()
    retry_requested = Signal()

    def __init__(
        self,
        results: Results,
        quiz: QuizSet,
        parent: QWidget | None = None,
        calibration: Calibration | None = None,
    ) -> None:
        super().__init__(parent)
        self._results = results
        self._calibration = calibration
        self.calibration_label: QLabel | None = None
        self._quiz = quiz
        self._names = {label.id: label.name for label in quiz.labels}
        self.sentence: QLabel | None = None
        self._next_title: str | None = None  # the next boosters' set, when there are more
        self._panes: QBoxLayout | None = None
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no unnamed Tab stop
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._scroll, 1)
        layout.addLayout(self._buttons(self))
        self._build_body()

    def changeEvent(self, event: QEvent) -> None:
        """New language: every text again. New theme or text size: colours and table heights.

        The page is rebuilt from the results, which is simpler than keeping every label.
        Theme and size changes reach the widgets from a loop over all of them, so the
        rebuild waits for the next turn of the event loop instead of deleting widgets there.
        """
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self._build_body()
        elif kind in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            QTimer.singleShot(0, self, self._build_body)
        super().changeEvent(event)

    def _direction(self) -> QBoxLayout.Direction:
        """Score and details side by side when there is room, else one above the other."""
        wide = fits_columns(self, WIDE_COLUMNS)
        return QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        panes = self._panes
        if panes is not None and panes.direction() != self._direction():
            panes.setDirection(self._direction())

    def _build_body(self) -> None:
        focus = QApplication.focusWidget()
        old = self._scroll.widget()
        had_focus = old is not None and focus is not None and old.isAncestorOf(focus)
        body = QWidget(self._scroll)
        panes = self._panes = QBoxLayout(self._direction(), body)
        panes.addLayout(self._score_column(body), 3)
        panes.addLayout(self._detail_column(body), 2)
        self._scroll.setWidget(body)  # the old page goes
        self._retranslate_buttons()
        if had_focus:
            self.missed.setFocus()

    def focus_first(self) -> None:
        """Put the keyboard on the next useful step: the review, or the way back."""
        self._first_button.setFocus()

    def confusion_sentence(self) -> str:
        """The biggest mix-up in words, or what to say when there is none."""
        if not self._results.has_classify:
            return ""
        confusion = self._results.biggest_confusion()
        if confusion is None:
            return self.tr("You gave every claim you labelled its right kind of source.")
        template = self.tr(
            "Most frequent mix-up: %n claim(s) from “{true}” taken for “{chosen}”.",
            "",
            confusion.count,
        )
        return describe_confusion(confusion, self._names, template)

    def _score_column(self, parent: QWidget) -> QVBoxLayout:
        """The title, score and verdict, calibration and confusion when there are any, then
        the questions to look at again."""
        column = QVBoxLayout()
        score, verdict = self._score_and_verdict(parent)
        column.addWidget(plain_label(self._quiz.title, parent, bold=True))
        column.addWidget(score)
        column.addWidget(plain_label(verdict, parent))
        self._say_score(f"{score.text()} — {verdict}")
        if self._calibration is not None and (self._calibration.sure or self._calibration.unsure):
            self.calibration_label = plain_label(self.calibration_text(self._calibration), parent)
            self.calibration_label.setAccessibleName(self.tr("Calibration"))
            column.addWidget(self.calibration_label)
        if self._results.has_classify:
            self._add_confusion(column, parent)
        column.addWidget(plain_label(self.tr("Questions to look at again"), parent, bold=True))
        if self._results.missed:
            how = self.tr("Double-click one (or press Enter on it) to review it.")
            column.addWidget(plain_label(how, parent))
        column.addWidget(self._missed_list(parent), 1)
        return column

    def _score_and_verdict(self, parent: QWidget) -> tuple[QLabel, str]:
        """The score as a label in large print, and the verdict against the pass mark with
        the points, in words."""
        results = self._results
        shown, earned = shown_score(results.score, results.earned, results.passed)
        score = plain_label(self.tr("Your score: {0}%").format(shown), parent)
        set_scaled_font(score, 1.6)
        mark = self.tr("pass mark {0}%").format(percent(results.pass_mark))
        verdict = self.tr("✔ Passed ({0})") if results.passed else self.tr("✘ Not passed ({0})")
        points = self.tr("points: {0} of {1}").format(
            format_points(earned), format_points(results.possible)
        )
        return score, f"{verdict.format(mark)} — {points}"

    def _say_score(self, words: str) -> None:
        """The score and verdict as the description of the buttons the focus lands on: the
        page opens on "Review the missed questions" and a screen reader said that alone, never
        the score above it (student56), as Next is described by a question's verdict."""
        for button in (self.review_button, self._library_button):
            button.setAccessibleDescription(words)

    def calibration_text(self, calibration: Calibration) -> str:
        """How often "sure" answers were right, and "not sure" ones, in plain words."""
        parts = []
        if calibration.sure:
            parts.append(
                self.tr("when you were sure, you were right {0} of {1} times ({2}%)").format(
                    calibration.sure_right, calibration.sure, percent(calibration.sure_accuracy)
                )
            )
        if calibration.unsure:
            parts.append(
                self.tr("when you were not sure, {0} of {1} times ({2}%)").format(
                    calibration.unsure_right,
                    calibration.unsure,
                    percent(calibration.unsure_accuracy),
                )
            )
        return self.tr("How sure you were: {0}.").format("; ".join(parts))

    def offer_next_boosters(self, title: str) -> QPushButton:
        """A first button that carries on to the boosters of set ``title``; it takes the focus."""
        button = self._continue_button = QPushButton(self)
        button.setAutoDefault(True)
        self._next_title = title
        self._buttons_row.insertWidget(1, button)
        self._first_button = button
        self._retranslate_buttons()
        button.setFocus()
        return button

    def _missed_list(self, parent: QWidget) -> QListWidget:
        self.missed = QListWidget(parent)
        self.missed.setAccessibleName(self.tr("Missed questions"))
        separate_entries(self.missed)  # wrapped prompts stay apart
        prompts = {question.id: question.prompt for question in self._quiz.questions}
        verdicts = {verdict.question_id: verdict for verdict in self._results.verdicts}
        for question_id in self._results.missed:
            score = percent(verdicts[question_id].fraction)
            item = QListWidgetItem(self.tr("{0} ({1}%)").format(prompts[question_id], score))
            item.setData(Qt.ItemDataRole.UserRole, question_id)
            self.missed.addItem(item)
        if not self._results.missed:
            self.missed.addItem(self.tr("None: every question fully right."))
        self.missed.itemActivated.connect(self._on_missed_activated)
        self.missed.setMinimumHeight(120)
        return self.missed

    def _buttons(self, parent: QWidget) -> QHBoxLayout:
        row = self._buttons_row = QHBoxLayout()
        self._continue_button: QPushButton | None = None
        self.review_button = QPushButton(parent)
        self.review_button.setEnabled(bool(self._results.missed))
        self.review_button.clicked.connect(self._on_review)
        retry = self._retry_button = QPushButton(parent)
        retry.clicked.connect(self.retry_requested)
        library = self._library_button = QPushButton(parent)
        library.clicked.connect(self.library_requested)
        row.addStretch(1)
        for button in (self.review_button, retry, library):
            button.setAutoDefault(True)  # Enter on the focused button presses it
            row.addWidget(button)
        self._first_button = self.review_button if self._results.missed else library
        return row

    def _retranslate_buttons(self) -> None:
        self.review_button.setText(self.tr("&Review the missed questions"))
        self._retry_button.setText(self.tr("Try this set &again"))
        self._library_button.setText(self.tr("Back to the &library"))
        if self._continue_button is not None:
            text = self.tr("Next &boosters: {0}").format(self._next_title)
            self._continue_button.setText(text)

    def _on_review(self) -> None:
        if self._results.missed:
            self.review_requested.emit(self._results.missed[0])

    def _on_missed_activated(self, item: QListWidgetItem) -> None:
        question_id = item.data(Qt.ItemDataRole.UserRole)
        if question_id:
            self.review_requested.emit(question_id)
