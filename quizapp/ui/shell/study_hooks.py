"""What the main window asks of the self-study features, as a protocol.

The window calls these at each step of a quiz (start, answer, end, results, back to the
library). The study flow implements them and attaches itself to the window; the window only
knows this protocol, so the shell never imports ``ui.study`` and the two cannot form a cycle.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Callable

    from quizapp.engine import QuizSession
    from quizapp.results.stats_records import Calibration
    from quizapp.ui.quiz.results.results_view import ResultsView
    from quizapp.ui.shell.library_view import LibraryEntry


class StudyHooks(Protocol):
    """Saving progress and the home beside the library; absent in most window tests."""

    @property
    def ask_confidence(self) -> bool:
        """Whether each question also asks "sure or not sure"."""
        ...

    def begin(self, entry: LibraryEntry, session: QuizSession, subset: bool) -> None: ...

    def ask_before_start(self, entry: LibraryEntry, start_new: Callable[[], None]) -> bool:
        """Ask "resume or start again?" when ``entry`` has an interrupted quiz (True if so)."""
        ...

    def record(self, question_id: str, seconds: float, confidence: object) -> None: ...

    def finish(self) -> None: ...

    def calibration(self) -> Calibration | None: ...

    def results_shown(self, view: ResultsView) -> None: ...

    def library_shown(self) -> None: ...

    def retranslate(self) -> None: ...

    def wait(self) -> None: ...
