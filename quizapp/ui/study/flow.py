"""Self-study in the window: saving each answer, the home, resuming, review, boosters, export.

The main window stays about screens; this object adds what makes practice last. It records
every answer through the study controller as it is given, keeps the home beside the library
up to date (figures computed off the GUI thread), rebuilds a quiz left half-way, builds the
"review my mistakes" and booster sessions, and owns the settings and export dialogs.

A database error never stops a quiz: the learner is told once, plainly, and goes on unsaved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from quizapp.engine import QuizSession, State
from quizapp.model import QuizSet
from quizapp.results.records import Mode, ResultsError
from quizapp.results.stats_records import Calibration
from quizapp.ui.common import window_warning
from quizapp.ui.shell.library_view import LibraryEntry
from quizapp.ui.study.attempt_questions import AttemptQuestions
from quizapp.ui.study.controller import StudyController, set_content_hash
from quizapp.ui.study.home_view import HomeView
from quizapp.ui.study.practice_sessions import PracticeSessions
from quizapp.ui.study.settings_dialog import StudySettings
from quizapp.ui.study.settings_opening import SettingsOpening
from quizapp.ui.study.stats import HomeSnapshot, HomeStatsLoader

CLOSING_WAIT_MS = 3000  # a last wait for a busy results file when the window closes

if TYPE_CHECKING:  # dialogs and the results screen load when first opened (start-up time)
    from quizapp.ui.quiz.results.results_view import ResultsView
    from quizapp.ui.shell.main_window import MainWindow
    from quizapp.ui.study.export_dialog import ExportDialog


class StudyFlow(PracticeSessions, SettingsOpening, QObject):
    """Attached to one main window; ``controller`` owns the results database connection."""

    def __init__(
        self, window: MainWindow, controller: StudyController, settings: QSettings
    ) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.preferences = StudySettings(settings)
        self._attach_home(window, controller)
        self._boosters_left: list[QuizSet] = []
        self._questions = AttemptQuestions(self)
        self.question_box: QMessageBox | None = None
        self._saving = True
        self._told_busy = False
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.timeout.connect(self._retry_saves)
        self._retry_later()  # saves kept from the last run and still waiting
        self.finished_attempt_id: int | None = None
        self._add_menu_actions()
        window.attach_study(self)
        self._on_selected(window.library.selected())  # a set may be selected already
        self.refresh()

    def _attach_home(self, window: MainWindow, controller: StudyController) -> None:
        """The home beside the library, its figures loaded off the GUI thread, its requests."""
        self.home = HomeView(window.library)
        window.library.set_side_panel(self.home, self.home.banner.buttons())
        window.library.selection_changed.connect(self._on_selected)
        window.library.listed.connect(self._on_listed)
        window.files.finished.connect(self._on_file_done)
        self._refresh_due = False  # a set listed while more files were loading
        self.stats = HomeStatsLoader(controller.db.path, self)
        self.stats.ready.connect(self._on_snapshot)
        self.stats.failed.connect(lambda message: self._warn(self.tr("Progress"), message))
        self.home.resume_requested.connect(self.resume)
        self.home.discard_requested.connect(self.discard)
        self.home.review_requested.connect(self.review)
        self.home.boosters_requested.connect(self.boosters)

    @property
    def ask_confidence(self) -> bool:
        return self.preferences.ask_confidence

    def refresh(self) -> None:
        """Recompute the home's figures in the background (after any change to the history)."""
        sets = {set_id: (e.quiz, e.path) for set_id, e in self.library_sets().items()}
        self.stats.request(self.controller.today(), sets)

    def wait(self) -> None:
        """Before the window closes: the statistics end, waiting saves get a last chance."""
        self.stats.wait()
        self._retry_timer.stop()
        self.controller.saves.close(CLOSING_WAIT_MS)

    def library_sets(self) -> dict[str, LibraryEntry]:
        """The open sets by id; when a set is open twice, the first one listed counts."""
        found: dict[str, LibraryEntry] = {}
        for entry in self.window.library.entries():
            found.setdefault(entry.quiz.id, entry)
        return found

    def begin(
        self, entry: LibraryEntry, session: QuizSession, subset: bool, mode: Mode | None = None
    ) -> None:
        """Open an attempt for a session about to be shown."""
        mode = mode or ("exam" if session.exam_mode else "quiz")
        if mode != "booster":
            self._boosters_left = []
        self.finished_attempt_id = None
        self._saving = self.guard(
            lambda: self.controller.begin(
                session, set_content_hash(entry.quiz, entry.path), mode, subset
            )
        )
        self._retry_later()

    def record(self, question_id: str, seconds: float, confidence: object) -> None:
        """Commit one answer now, or queue it while the results file is busy (connected to
        the quiz screen's ``answered``)."""
        if self._saving and self.controller.recording:
            chosen = confidence if confidence in ("sure", "unsure") else None
            self._saving = self.guard(lambda: self.controller.record(question_id, seconds, chosen))
        self._retry_later()

    def _retry_later(self) -> None:
        """Arm the retry timer while saves wait for the results file (backoff doubles)."""
        saves = self.controller.saves
        if saves.pending and not self._retry_timer.isActive():
            self._retry_timer.start(int(saves.next_delay() * 1000))

    def _retry_saves(self) -> None:
        self._retry_timer.stop()  # also when called directly: one timer at a time
        saves = self.controller.saves
        if saves.retry():
            self._told_busy = False
            self.refresh()
            return
        if saves.should_tell() and not self._told_busy:
            self._told_busy = True
            self._warn(
                self.tr("Your answers are waiting to be saved"),
                self.tr(
                    "Another program is using your results file. Your answers are kept and "
                    "will be saved as soon as it is free again; you can go on."
                ),
            )
        self._retry_later()

    def finish(self) -> None:
        if not self.controller.recording:
            return
        if self._saving:
            attempt_id = self.controller.attempt_id
            if self.guard(self.controller.finish):
                self.finished_attempt_id = attempt_id
        self.controller.leave()
        self._retry_later()
        self.refresh()

    def calibration(self) -> Calibration | None:
        """The finished attempt's calibration, when the learner said how sure they were."""
        if self.finished_attempt_id is None:
            return None
        try:
            return self.controller.calibration(self.finished_attempt_id)
        except ResultsError:
            return None

    def results_shown(self, view: ResultsView) -> None:
        if self._boosters_left:
            button = view.offer_next_boosters(self._boosters_left[0].title)
            button.clicked.connect(self._next_booster)

    def library_shown(self) -> None:
        """Leaving a quiz half-way keeps its attempt open: the home offers to resume it."""
        if self.controller.recording:
            self.controller.leave()
        self._boosters_left = []
        self.refresh()

    def resume(self, attempt_id: int) -> None:
        try:
            stored = next(
                (
                    s
                    for s in self.controller.db.interrupted_attempts()
                    if s.attempt.id == attempt_id
                ),
                None,
            )
        except ResultsError as error:
            self._warn(self.tr("Resume"), str(error))
            return
        entry = self.library_sets().get(stored.attempt.set_id) if stored else None
        if stored is None or entry is None:
            self.refresh()
            return
        try:
            session = self.controller.resume(entry.quiz, stored)
        except (ValueError, IndexError, KeyError):
            message = self.tr("This quiz no longer fits its set, which was edited since.")
            self._warn(self.tr("Resume"), message)
            return
        self._boosters_left, self._saving, self.finished_attempt_id = [], True, None
        if session.state is State.FINISHED:  # every answer was saved, only the end was missed
            self.window.show_finished(entry, session)
            return
        self.window.show_session(entry, session)

    def discard(self, attempt_id: int) -> QMessageBox:
        """Ask first: a discarded quiz is no longer offered for resuming."""
        self.question_box = self._questions.confirm_discard(
            self.window, lambda: self.discard_now([attempt_id])
        )
        return self.question_box

    def discard_now(self, attempt_ids: list[int]) -> None:
        for attempt_id in attempt_ids:
            self.guard(lambda attempt_id=attempt_id: self.controller.abandon(attempt_id))
        self.refresh()

    def ask_before_start(self, entry: LibraryEntry, start_new: Callable[[], None]) -> bool:
        """When ``entry`` has an interrupted quiz, ask "resume or start again?" (True if so)."""
        box = self._questions.before_start(self, entry, start_new)
        self.question_box = box or self.question_box
        return box is not None

    def open_export(self) -> ExportDialog:
        from quizapp.ui.study.export_opening import open_export_dialog

        return open_export_dialog(self)

    def retranslate(self) -> None:
        """The menu actions' texts (the window calls this when the language changes)."""
        self.export_action.setText(self.tr("&Export results…"))
        self.settings_action.setText(self.tr("&Settings…"))

    def _add_menu_actions(self) -> None:
        export = self.export_action = QAction(self)
        export.setShortcut(QKeySequence("Ctrl+Shift+E"))  # Ctrl+E: Edit set
        export.triggered.connect(self.open_export)
        preferences = self.settings_action = QAction(self)
        preferences.setShortcut(QKeySequence("Ctrl+,"))
        preferences.triggered.connect(self.open_settings)
        menu, before = self.window.file_menu, self.window.quit_action
        menu.insertAction(before, export)
        menu.insertAction(before, preferences)
        menu.insertSeparator(before)
        self.retranslate()

    def _on_selected(self, entry: LibraryEntry | None) -> None:
        self.home.select_set(entry.quiz if entry else None)
        snapshot = self.home.snapshot
        if entry is not None and snapshot is not None and entry.quiz.id not in snapshot.hashes:
            self._refresh_after_loads()  # a set opened since the last figures: read it too

    def _on_listed(self, _entry: LibraryEntry) -> None:
        """A set joined the list: the figures are read again with it (student54: her own sets
        are listed at start after the first figures)."""
        self._refresh_after_loads()

    def _refresh_after_loads(self) -> None:
        """Now, or once the files loading are in: a start with N own sets lists them one by
        one, which cost N computations of the figures, not one (mend54g)."""
        self._refresh_due = self.window.files.busy()
        if not self._refresh_due:
            self.refresh()

    def _on_file_done(self) -> None:
        """The last file failed to load: the sets listed before it are read now."""
        if self._refresh_due and not self.window.files.busy():
            self._refresh_after_loads()

    def _on_snapshot(self, snapshot: HomeSnapshot) -> None:
        sets = {set_id: entry.quiz for set_id, entry in self.library_sets().items()}
        self.home.show_snapshot(snapshot, sets)
        self._on_selected(self.window.library.selected())

    def guard(self, action: object) -> bool:
        """Run a database action; on failure tell the learner once and report False."""
        try:
            action()  # type: ignore[operator]
        except ResultsError as error:
            self._warn(
                self.tr("Your results cannot be saved"),
                self.tr(
                    "Your answers can no longer be saved ({0}). You can go on, but this quiz "
                    "will not be kept. Restart quizapp to start a new results file."
                ).format(error),
            )
            return False
        return True

    def _warn(self, title: str, text: str) -> None:
        window_warning(self.window, title, text).open()
