"""A walk through the missed questions: the learner's answer, the marks, the evidence."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from quizapp.engine import QuizSession
from quizapp.ui.common import RetranslateOnLanguageChange, set_scaled_font
from quizapp.ui.quiz.article_pane import ArticlePane
from quizapp.ui.quiz.question_page import QuestionPage


class ReviewView(RetranslateOnLanguageChange, QWidget):
    """Shows each reviewed question as it was answered, with its feedback, one at a time."""

    back_requested = Signal()

    def __init__(
        self,
        session: QuizSession,
        question_ids: Sequence[str],
        set_dir: Path | None,
        start_at: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._ids = list(question_ids)
        self._set_dir = set_dir
        self._presented = {p.question.id: p for p in session.presented()}
        self._index = self._ids.index(start_at) if start_at in self._ids else 0
        self.page: QuestionPage | None = None
        self._counter = QLabel(self)
        set_scaled_font(self._counter, 1.1)
        self._build_panes(session)
        buttons = self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self._counter)
        layout.addWidget(self._splitter, 1)
        layout.addLayout(buttons)
        self._show_current()

    def _build_panes(self, session: QuizSession) -> None:
        """The page's holder and the article, side by side in a splitter, as in the quiz."""
        self.article = ArticlePane(session.quiz.article, self)
        self.article.setVisible(session.quiz.article is not None)
        self._splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._holder = QWidget(self._splitter)
        self._holder_layout = QVBoxLayout(self._holder)
        self._holder_layout.setContentsMargins(0, 0, 0, 0)
        self._splitter.addWidget(self._holder)
        self._splitter.addWidget(self.article)
        self._splitter.setChildrenCollapsible(False)
        self._splitter.setSizes([560, 440])

    def _build_buttons(self) -> QHBoxLayout:
        """Previous, Next and Back to the results, at the right."""
        self.previous_button = QPushButton(self)
        self.next_button = QPushButton(self)
        back = QPushButton(self)
        self.previous_button.clicked.connect(self._on_previous)
        self.next_button.clicked.connect(self._on_next)
        back.clicked.connect(self.back_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.previous_button, self.next_button, back):
            button.setAutoDefault(True)  # Enter on the focused button presses it
            buttons.addWidget(button)
        self._back_button = back
        return buttons

    def _retranslate(self) -> None:
        self.previous_button.setText(self.tr("&Previous"))
        self.next_button.setText(self.tr("&Next"))
        self._back_button.setText(self.tr("Back to the &results"))
        self._counter.setText(
            self.tr("Review: question {0} of {1} to look at again").format(
                self._index + 1, len(self._ids)
            )
        )

    @property
    def current_id(self) -> str:
        return self._ids[self._index]

    def _show_current(self) -> None:
        if self.page is not None:  # gone at once, not at the next turn of the event loop
            self._holder_layout.removeWidget(self.page)
            self.page.hide()
            self.page.deleteLater()
        question_id = self.current_id
        self.article.clear_highlight()
        self.article.set_task("")
        self.page = QuestionPage(
            self._presented[question_id], self._session.quiz, self.article, self._set_dir
        )
        self._holder_layout.addWidget(self.page)
        self.page.show()
        response = self._session.response_for(question_id)
        verdict = self._session.verdict_for(question_id)
        if response is not None and verdict is not None:
            self.page.show_answer(response, verdict)
        self._retranslate()
        self._set_tab_order()
        self.previous_button.setEnabled(self._index > 0)
        self.next_button.setEnabled(self._index < len(self._ids) - 1)

    def _set_tab_order(self) -> None:
        """The question, the reviewed answer, its feedback, the buttons, then the article."""
        assert self.page is not None
        chain = [self.page.prompt_label, *self.page.focus_chain(), self.page.feedback_text]
        chain += [self.previous_button, self.next_button]
        chain += [self._back_button, self.article.text_view]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def focus_first(self) -> None:
        (self.next_button if self.next_button.isEnabled() else self._back_button).setFocus()

    def _on_previous(self) -> None:
        if self._index > 0:
            self._index -= 1
            self._show_current()

    def _on_next(self) -> None:
        if self._index < len(self._ids) - 1:
            self._index += 1
            self._show_current()
            self.focus_first()
