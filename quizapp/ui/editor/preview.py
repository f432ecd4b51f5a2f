"""Trying a question or the whole set as a learner would, recording nothing.

The preview shows the normal quiz, results and review screens in a window of its own. It is
given no study flow, so no answer reaches the results database: trying a set while writing it
never counts as a learner's attempt.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from quizapp.engine import QuizSession
from quizapp.model import QuizSet


class PreviewWindow(QMainWindow):
    """A quiz on ``quiz`` from its first question to its results; closes when done."""

    def __init__(self, quiz: QuizSet, set_dir: Path | None, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.quiz, self.set_dir = quiz, set_dir
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.resize(1000, 640)
        self.session: QuizSession | None = None
        self.start()

    def start(self) -> None:
        from quizapp.ui.quiz.quiz_view import QuizView

        self.session = QuizSession(self.quiz)
        view = QuizView(self.session, self.set_dir, self.stack)
        view.finished.connect(self.show_results)
        self._switch_to(view)
        self.setWindowTitle(self.tr("Trying: {0} (nothing is recorded)").format(self.quiz.title))
        if view.page is not None:
            view.page.focus_first()

    def show_results(self) -> None:
        from quizapp.ui.quiz.results.results_view import ResultsView

        assert self.session is not None
        view = ResultsView(self.session.results(), self.quiz, self.stack)
        view.retry_requested.connect(self.start)
        view.library_requested.connect(self.close)
        view.review_requested.connect(self.show_review)
        self._switch_to(view)
        view.focus_first()

    def show_review(self, question_id: str) -> None:
        from quizapp.ui.quiz.review_view import ReviewView

        assert self.session is not None
        missed = self.session.results().missed
        view = ReviewView(self.session, missed, self.set_dir, question_id, self.stack)
        view.back_requested.connect(self.show_results)
        self._switch_to(view)
        view.focus_first()

    def _switch_to(self, view: QWidget) -> None:
        old = self.stack.currentWidget()
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
