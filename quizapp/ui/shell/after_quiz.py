"""The screens after a quiz: its results, then the review of the questions missed, and back.

A mixin of the main window rather than screens of their own: they show the window's current
session in its stack, and the study hooks (saved progress) hear of each step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from quizapp.engine import QuizSession
from quizapp.ui.shell.library_view import LibraryEntry

if TYPE_CHECKING:
    # loaded when first shown, as in the main window: the library comes up without them
    from quizapp.ui.quiz.results.results_view import ResultsView
    from quizapp.ui.quiz.review_view import ReviewView


class AfterQuizScreens:
    """Mixin of ``MainWindow``: it has ``session``, ``_entry``, ``study``, ``stack``,
    ``start_quiz``, ``show_library`` and ``_switch_to``."""

    session: QuizSession | None
    _entry: LibraryEntry | None
    study: Any
    stack: Any
    start_quiz: Any
    show_library: Any
    _switch_to: Any

    def show_finished(self, entry: LibraryEntry, session: QuizSession) -> None:
        """Close ``session``, whose every answer is in, and show its results."""
        self._entry, self.session = entry, session
        self._on_quiz_finished()

    def _on_quiz_finished(self) -> None:
        if self.study is not None:
            self.study.finish()
        self.show_results()

    def show_results(self) -> ResultsView:
        assert self.session is not None and self._entry is not None
        calibration = self.study.calibration() if self.study is not None else None
        from quizapp.ui.quiz.results.results_view import ResultsView

        view = ResultsView(self.session.results(), self.session.quiz, self.stack, calibration)
        view.review_requested.connect(self.show_review)
        view.library_requested.connect(self.show_library)
        view.retry_requested.connect(lambda: self.start_quiz(self._entry))
        self._switch_to(view)
        view.focus_first()
        if self.study is not None:
            self.study.results_shown(view)
        return view

    def show_review(self, question_id: str) -> ReviewView:
        assert self.session is not None and self._entry is not None
        missed = self.session.results().missed
        from quizapp.ui.quiz.review_view import ReviewView

        view = ReviewView(self.session, missed, self._entry.path.parent, question_id, self.stack)
        view.back_requested.connect(self.show_results)
        self._switch_to(view)
        view.focus_first()
        return view
