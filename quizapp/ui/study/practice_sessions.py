"""The sessions the study flow builds from the history: "review my mistakes" and boosters.

A part of ``StudyFlow`` (a mixin, so the flow stays readable): each session is a cut of an
open set, recorded like any quiz; boosters run the due questions set after set.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from quizapp.engine import QuizSession
from quizapp.engine.subsets import booster_plan, question_subset
from quizapp.model import QuizSet
from quizapp.results.records import Mode
from quizapp.ui.shell.library_view import LibraryEntry

if TYPE_CHECKING:
    from quizapp.ui.shell.main_window import MainWindow
    from quizapp.ui.study.controller import StudyController


class PracticeSessions:
    """Review and booster sessions; the flow provides what is declared below."""

    window: MainWindow
    controller: StudyController
    _boosters_left: list[QuizSet]
    guard: Callable[[object], bool]
    library_sets: Callable[[], dict[str, LibraryEntry]]
    refresh: Callable[[], None]
    begin: Callable[..., None]

    def review(self, set_id: str) -> None:
        """A session over the questions whose latest answer was not fully right."""
        entry = self.library_sets().get(set_id)
        wrong: list[str] = []
        if entry is None or not self.guard(
            lambda: wrong.extend(self.controller.db.wrong_last_time(set_id))
        ):
            return
        cut = question_subset(entry.quiz, wrong)
        if cut is None:
            self.refresh()
            return
        self._start_cut(entry, cut, "review")

    def boosters(self) -> None:
        """The due questions across the open sets, one set after the other."""
        due: list[tuple[str, str]] = []
        today = self.controller.today()
        if not self.guard(
            lambda: due.extend(
                (b.set_id, b.question_id) for b in self.controller.db.due_today(today)
            )
        ):
            return
        sets = {set_id: entry.quiz for set_id, entry in self.library_sets().items()}
        self._boosters_left = list(booster_plan(due, sets).parts)
        self._next_booster()

    def _next_booster(self) -> None:
        if not self._boosters_left:
            return
        part = self._boosters_left.pop(0)
        self._start_cut(self.library_sets()[part.id], part, "booster")

    def _start_cut(self, entry: LibraryEntry, cut: QuizSet, mode: Mode) -> None:
        session = QuizSession(cut)
        self.begin(entry, session, subset=True, mode=mode)
        view = self.window.show_session(entry, session)
        if view.page is not None:
            view.page.focus_first()
