"""The quiz screen: one question at a time beside the article, with progress and feedback.

It only drives a ``QuizSession``; every rule (order, scoring, feedback mode) is the engine's.
Each answer is announced with ``answered`` (question id, seconds spent, confidence) right after
the engine has scored it, so that the window can have it saved before anything else happens.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from quizapp.engine import QuizSession, State
from quizapp.sets.set_title import header_title
from quizapp.ui.common import plain_label, set_scaled_font, steady_width
from quizapp.ui.quiz.article_pane import ArticlePane
from quizapp.ui.quiz.check_guard import CheckGuard, focus_first_blank
from quizapp.ui.quiz.confidence_row import ConfidenceRow
from quizapp.ui.quiz.page_swap import PageSwap, counter_words
from quizapp.ui.quiz.question_page import QuestionPage
from quizapp.ui.quiz.quiz_keys import ScreenKeys, set_tab_order


class QuizView(QWidget):
    """Shows the session's current question and moves it on; emits ``finished`` at the end."""

    finished = Signal()
    answered = Signal(str, float, object)  # question id, seconds, "sure" / "unsure" / None

    def __init__(
        self,
        session: QuizSession,
        set_dir: Path | None,
        parent: QWidget | None = None,
        ask_confidence: bool = False,
    ):
        super().__init__(parent)
        self.session = session
        self._shown_at = time.monotonic()
        self._set_dir = set_dir
        self.page: QuestionPage | None = None
        title = plain_label(header_title(session.quiz), self)
        set_scaled_font(title, 1.1)
        self._counter = QLabel(self)
        self._progress = QProgressBar(self)
        self._progress.setRange(0, session.total)
        self._progress.setTextVisible(False)  # the counter beside it says it, readable
        # a slim bar, not a box the height of a line of text: an empty one looked like a field
        self._progress.setFixedHeight(max(6, self._counter.fontMetrics().height() // 2))
        self._build_panes(session)
        self._build_buttons(ask_confidence)
        self.incomplete_box: QMessageBox | None = None
        self._guard = CheckGuard(self)
        self._build_layout(title)
        self._keys = ScreenKeys(self, self.check_button, self.next_button)
        self._show_current()
        self._retranslate()

    def _build_panes(self, session: QuizSession) -> None:
        """The question page's holder and the article, side by side in a splitter."""
        self.article = ArticlePane(session.quiz.article, self)
        self.article.setVisible(session.quiz.article is not None)
        self._splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._page_holder = QWidget(self._splitter)
        self._page_layout = QVBoxLayout(self._page_holder)
        self._page_layout.setContentsMargins(0, 0, 0, 0)
        self._splitter.addWidget(self._page_holder)
        self._splitter.addWidget(self.article)
        self._splitter.setChildrenCollapsible(False)
        self._splitter.setSizes([560, 440])
        self._pages = PageSwap(self._page_holder, session, self.article, self._set_dir)

    def _build_buttons(self, ask_confidence: bool) -> None:
        """Check and Next, the "how sure" row, and the hint of why Check waits."""
        self.check_button = QPushButton(self)
        self.next_button = QPushButton(self)
        for button in (self.check_button, self.next_button):
            button.setAutoDefault(True)  # Enter on the focused button presses it
        self.check_button.clicked.connect(self._on_check)
        self.next_button.clicked.connect(self._on_next)
        self._confidence_row = ConfidenceRow(self, asking=ask_confidence)
        self._confidence_row.changed.connect(self._on_answer_changed)
        self._check_hint = plain_label("", self)
        self._check_hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            QTimer.singleShot(0, self, self._describe_next)  # once the page has its new words
        super().changeEvent(event)

    def _announce_verdict(self) -> None:
        """Say right or wrong to a screen reader: an alert now, and with the focused button."""
        self._describe_next()
        if self.page is not None:
            alert = QAccessibleEvent(self.page.feedback, QAccessible.Event.Alert)
            QAccessible.updateAccessibility(alert)

    def _describe_next(self) -> None:
        """The Next button, focused after checking, carries the verdict's headline."""
        shown = self.page is not None and self.page.feedback.isVisibleTo(self.page)
        self.next_button.setAccessibleDescription(self.page.feedback.headline if shown else "")

    def _retranslate(self) -> None:
        """Every string of the screen's own; the question page re-sets its own."""
        self._progress.setAccessibleName(self.tr("Progress"))
        self._progress.setFormat(self.tr("%p%", "progress bar: %p is the percentage done"))
        self.check_button.setText(self._check_text())
        last = self.session.answered_count == self.session.total
        self.next_button.setText(self.tr("See the &results") if last else self.tr("&Next question"))
        for button in (self.check_button, self.next_button):
            button.setToolTip(self.tr("Shortcut: Enter or Ctrl+Enter"))
        steady_width(self.check_button, self.next_button)
        if self._exam_note is not None:
            self._exam_note.setText(self.tr("Exam mode: the answers are revealed at the end."))
        self._set_counter()
        self._explain_check()

    def _set_counter(self) -> None:
        self._counter.setText(counter_words(self.session))
        self._progress.setAccessibleDescription(self._counter.text())
        if self.page is not None:
            self.page.set_counter(self._counter.text())

    def _build_layout(self, title: QLabel) -> None:
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self._counter)
        header.addWidget(self._progress)
        buttons = QHBoxLayout()
        buttons.addWidget(self._confidence_row)
        self._exam_note: QLabel | None = None
        if self.session.exam_mode:
            self._exam_note = plain_label("", self)
            buttons.addWidget(self._exam_note, 1)
        buttons.addWidget(self._check_hint, 1)
        buttons.addStretch()  # takes the room a hidden hint leaves: the buttons keep theirs
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self._splitter, 1)
        layout.addLayout(buttons)

    @property
    def confidence(self) -> QButtonGroup | None:
        """The "sure / not sure" buttons while the learner is asked, else None."""
        return self._confidence_row.group if self._confidence_row.asking else None

    def chosen_confidence(self) -> str | None:
        return self._confidence_row.chosen()

    def set_ask_confidence(self, on: bool) -> bool:
        """Ask (or stop asking) how sure the learner is from the next question on.

        Returns whether the change waits for the next question (the current one is
        answered with the buttons it started with).
        """
        waits = self._confidence_row.ask_from_next_question(on)
        return waits and self.session.state is not State.FINISHED

    def _check_text(self) -> str:
        if self.session.exam_mode:
            return self.tr("&Save answer and continue")
        return self.tr("&Check answer")

    def _show_current(self) -> None:
        self.article.clear_highlight()
        self.article.set_task("")
        self.page = self._pages.replace(self.page, self._on_answer_changed)  # told once (a11y46)
        self._set_counter()
        self._progress.setValue(self.session.answered_count)
        self._confidence_row.start_question()
        self.check_button.show()
        self.check_button.setEnabled(False)
        self._explain_check()
        self._set_tab_order()
        # focus first, then hide Next: a hidden focused button would hand the focus (and a
        # screen reader's attention) to whatever comes next in the chain on the way
        self.page.focus_first()
        self.next_button.hide()
        self.next_button.setAccessibleDescription("")
        self.page.focus_first()  # again: hiding Next may have moved the focus along the chain
        self._shown_at = time.monotonic()

    def _set_tab_order(self) -> None:
        assert self.page is not None
        sure = self.confidence.buttons() if self.confidence is not None else []
        set_tab_order(self.page, sure, [self.check_button, self.next_button], self.article)

    def _on_answer_changed(self) -> None:
        self.check_button.setEnabled(self._why_not_ready() == "")
        self._explain_check()

    def _why_not_ready(self) -> str:
        if self.page is None or self.session.state is not State.ANSWERING:
            return ""
        confident = not self._confidence_row.asking or self.chosen_confidence() is not None
        return self._guard.why_not_ready(
            self.page.presented.question, self.page.is_answered(), confident
        )

    def _explain_check(self) -> None:
        """Beside a disabled Check, the reason in words, beside a live one the rows still
        blank (and the same for a screen reader)."""
        shown = self.check_button.isVisibleTo(self)
        why = self._guard.hint(self.page, self._why_not_ready()) if shown else ""
        self._check_hint.setText(why)
        self._check_hint.setVisible(bool(why))
        self.check_button.setAccessibleDescription(why)

    def _on_check(self) -> None:
        if self.page is None or self.session.state is not State.ANSWERING:
            return
        if self.page.unanswered_count():
            self.incomplete_box = self._guard.ask_check_anyway(self, self.page, self._check_now)
            self.incomplete_box.finished.connect(self._back_from_box)
            return
        self._check_now()

    def _back_from_box(self) -> None:
        """The keyboard back in the quiz once the blank-rows box closes: with no window
        manager to hand it back (a kiosk, Xvfb), it stayed with the closed box and neither
        Enter nor Alt+N moved on (teacher16, teacher17). After « Check anyway », on Next."""
        self.window().activateWindow()
        if self.next_button.isVisible():
            self.next_button.setFocus()
        elif self.page is not None:  # « Go back and answer them »: on the first blank row
            focus_first_blank(self.page)

    def _check_now(self) -> None:
        if self.page is None or self.session.state is not State.ANSWERING:
            return
        question_id = self.session.current.question.id
        confidence = self.chosen_confidence()
        verdict = self.session.answer(self.page.response())
        self.answered.emit(question_id, time.monotonic() - self._shown_at, confidence)
        self._confidence_row.lock()
        self._progress.setValue(self.session.answered_count)
        if verdict is None:  # exam mode: straight on, nothing revealed
            self._move_on()
            return
        self.page.show_verdict(verdict)
        self._retranslate()  # the next button says where it leads
        self._announce_verdict()
        self.check_button.hide()
        self._explain_check()
        self.next_button.show()
        self.next_button.setFocus()

    def _on_next(self) -> None:
        if self.session.state is State.FEEDBACK:
            self.session.next()
            self._move_on()

    def _move_on(self) -> None:
        if self.session.state is State.FINISHED:
            self.finished.emit()
        else:
            self._show_current()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A number key works at once, wherever the focus is on the screen; an Enter that no
        control took checks the answer, then goes on, as Ctrl+Enter does."""
        page = self.page if self.session.state is State.ANSWERING else None
        if not self._keys.take(event, page):
            super().keyPressEvent(event)
