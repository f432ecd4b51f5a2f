"""The quiz screen: one question at a time beside the article, with progress and feedback.

It only drives a ``QuizSession``; every rule (order, scoring, feedback mode) is the engine's.
Each answer is announced with ``answered`` (question id, seconds spent, confidence) right after
the engine has scored it, so that the window can have it saved before anything else happens.
"""

from __future__ import annotations

import itertools
import time
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from quizapp.engine import QuizSession, State
from quizapp.ui.common import plain_label, set_scaled_font
from quizapp.ui.quiz.article_pane import ArticlePane
from quizapp.ui.quiz.question_page import QuestionPage


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
        title = plain_label(session.quiz.title, self)
        set_scaled_font(title, 1.1)
        self._counter = QLabel(self)
        self._progress = QProgressBar(self)
        self._progress.setRange(0, session.total)
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
        self.check_button = QPushButton(self)
        self.next_button = QPushButton(self)
        for button in (self.check_button, self.next_button):
            button.setAutoDefault(True)  # Enter on the focused button presses it
        self.check_button.clicked.connect(self._on_check)
        self.next_button.clicked.connect(self._on_next)
        self.confidence: QButtonGroup | None = None
        self._confidence_label: QLabel | None = None
        self._confidence_row = self._confidence_buttons() if ask_confidence else None
        self._build_layout(title)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        shortcut.activated.connect(self._on_primary_shortcut)
        self._show_current()
        self._retranslate()

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
        self._progress.setAccessibleDescription(self._counter.text())
        self.check_button.setText(self._check_text())
        last = self.session.answered_count == self.session.total
        self.next_button.setText(self.tr("See the &results") if last else self.tr("&Next question"))
        for button in (self.check_button, self.next_button):
            button.setToolTip(self.tr("Shortcut: Ctrl+Enter"))
        if self._exam_note is not None:
            self._exam_note.setText(self.tr("Exam mode: the answers are revealed at the end."))
        if self._confidence_label is not None and self.confidence is not None:
            self._confidence_label.setText(self.tr("How sure are you?"))
            texts = {"sure": self.tr("Su&re"), "unsure": self.tr("N&ot sure")}
            for button in self.confidence.buttons():
                text = texts[str(button.property("confidence"))]
                button.setText(text)
                button.setAccessibleName(text.replace("&", ""))
        self._set_counter()

    def _set_counter(self) -> None:
        position = (
            self.session.current.position + 1
            if self.session.state is not State.FINISHED
            else self.session.total
        )
        self._counter.setText(self.tr("Question {0} of {1}").format(position, self.session.total))
        self._progress.setAccessibleDescription(self._counter.text())
        if self.page is not None:
            self.page.set_counter(self._counter.text())

    def _build_layout(self, title: QLabel) -> None:
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self._counter)
        header.addWidget(self._progress)
        buttons = QHBoxLayout()
        if self._confidence_row is not None:
            buttons.addWidget(self._confidence_row)
        self._exam_note: QLabel | None = None
        if self.session.exam_mode:
            self._exam_note = plain_label("", self)
            buttons.addWidget(self._exam_note, 1)
        else:
            buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self._splitter, 1)
        layout.addLayout(buttons)

    def _confidence_buttons(self) -> QWidget:
        """ "Sure" / "Not sure", asked before checking when the learner turned it on."""
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self._confidence_label = plain_label("", row)
        layout.addWidget(self._confidence_label)
        self.confidence = QButtonGroup(row)
        for value in ("sure", "unsure"):
            button = QRadioButton(row)
            button.setObjectName(f"confidence_{value}")
            button.setProperty("confidence", value)
            self.confidence.addButton(button)
            layout.addWidget(button)
        self.confidence.buttonToggled.connect(lambda *_: self._on_answer_changed())
        return row

    def chosen_confidence(self) -> str | None:
        if self.confidence is None or self.confidence.checkedButton() is None:
            return None
        return str(self.confidence.checkedButton().property("confidence"))

    def _reset_confidence(self) -> None:
        if self.confidence is None:
            return
        self.confidence.setExclusive(False)  # an exclusive group cannot be emptied
        for button in self.confidence.buttons():
            button.setChecked(False)
            button.setEnabled(True)
        self.confidence.setExclusive(True)

    def _check_text(self) -> str:
        if self.session.exam_mode:
            return self.tr("&Save answer and continue")
        return self.tr("&Check answer")

    def _show_current(self) -> None:
        if self.page is not None:  # gone at once, not at the next turn of the event loop
            self._page_layout.removeWidget(self.page)
            self.page.hide()
            self.page.deleteLater()
        presented = self.session.current
        self.article.clear_highlight()
        self.article.set_task("")
        self.page = QuestionPage(presented, self.session.quiz, self.article, self._set_dir)
        self.page.changed.connect(self._on_answer_changed)
        self._page_layout.addWidget(self.page)
        self.page.show()  # now, so that it can take the keyboard focus below
        self._set_counter()
        self._progress.setValue(self.session.answered_count)
        self._reset_confidence()
        self.check_button.show()
        self.check_button.setEnabled(False)
        self.next_button.hide()
        self.next_button.setAccessibleDescription("")
        self._set_tab_order()
        self.page.focus_first()
        self._shown_at = time.monotonic()

    def _set_tab_order(self) -> None:
        """The question, its answer, how sure, check or next, the feedback, then the article."""
        assert self.page is not None
        sure = self.confidence.buttons() if self.confidence is not None else []
        chain = [self.page.prompt_label, *self.page.focus_chain(), *sure, self.check_button]
        chain += [self.next_button, self.page.feedback_text, self.article.text_view]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _on_answer_changed(self) -> None:
        confident = self.confidence is None or self.chosen_confidence() is not None
        self.check_button.setEnabled(
            self.page is not None and self.page.is_answered() and confident
        )

    def _on_check(self) -> None:
        if self.page is None or self.session.state is not State.ANSWERING:
            return
        question_id = self.session.current.question.id
        confidence = self.chosen_confidence()
        verdict = self.session.answer(self.page.response())
        self.answered.emit(question_id, time.monotonic() - self._shown_at, confidence)
        if self.confidence is not None:
            for button in self.confidence.buttons():
                button.setEnabled(False)
        self._progress.setValue(self.session.answered_count)
        if verdict is None:  # exam mode: straight on, nothing revealed
            self._move_on()
            return
        self.page.show_verdict(verdict)
        self._retranslate()  # the next button says where it leads
        self._announce_verdict()
        self.check_button.hide()
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

    def _on_primary_shortcut(self) -> None:
        if self.next_button.isVisible():
            self.next_button.click()
        elif self.check_button.isEnabled():
            self.check_button.click()
