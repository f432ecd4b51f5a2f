"""The main window: library -> quiz -> results -> review, files opened by menu, drop or CLI.

Loading goes through the store's loader, injected so that tests can use any callable; files the
learner opens are loaded off the GUI thread. A file that fails shows the loader's problems (a
``LoadFailure``) in a non-modal dialog and nothing else changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMainWindow, QStackedWidget, QWidget

from quizapp.engine import QuizSession
from quizapp.model import QuizSet, SetWords, words_by_set
from quizapp.ui.common import RetranslateOnLanguageChange
from quizapp.ui.shell.after_quiz import AfterQuizScreens
from quizapp.ui.shell.file_loading import FileLoader, LoadErrorBox, LoadFailure, load_or_failure
from quizapp.ui.shell.file_menu import FileMenu
from quizapp.ui.shell.library_view import LibraryEntry, LibraryView
from quizapp.ui.shell.recent_files import OwnSets
from quizapp.ui.shell.study_hooks import StudyHooks

if TYPE_CHECKING:
    # The quiz, results and review screens load when first shown: the library comes up
    # without them, which keeps start-up within its budget (docs/packaging.md).
    from quizapp.ui.quiz.quiz_view import QuizView

Loader = Callable[[Path], QuizSet]
GEOMETRY_KEY = "window/geometry"
STATUS_MILLISECONDS = 8000


class MainWindow(RetranslateOnLanguageChange, AfterQuizScreens, FileMenu, QMainWindow):
    """Owns the screens and moves between them; every quiz rule stays in the engine."""

    def __init__(
        self,
        settings: QSettings,
        loader: Loader,
        parent: QWidget | None = None,
        data_folder: Path | None = None,
    ):
        """``data_folder``: ``--data-dir`` (results, the editor's recovery files); None, the
        usual one (``QUIZAPP_DATA_DIR`` or the platform's data folder)."""
        super().__init__(parent)
        self.data_folder = data_folder
        self.study: StudyHooks | None = None  # saved progress, home, boosters: see attach_study
        self._settings = settings
        self._loader = loader
        self._entry: LibraryEntry | None = None
        self.session: QuizSession | None = None
        self._build_library()
        self._restore_geometry(settings)
        self._builtin_paths: set[Path] = set()
        self.own_sets = OwnSets(settings)
        self._own_paths: set[Path] = set()  # the teacher's sets being listed again at start
        self._own_notes: list[str] = []
        self.files = FileLoader(loader, self)
        self.files.loaded.connect(self._on_file_loaded)
        self.files.failed.connect(self._show_load_error)
        self._build_menus()
        self._retranslate()

    def _build_library(self) -> None:
        """The screen stack, opening on the library of sets: the first screen a user sees and
        the one every other screen comes back to; sets dropped on the window open too."""
        self.stack = QStackedWidget(self)
        self.library = LibraryView(self.stack)
        self.library.start_requested.connect(self._on_start_requested)
        self.library.open_requested.connect(self._on_open_dialog)
        self.library.removed.connect(lambda entry: self.own_sets.forget(entry.path))
        self.stack.addWidget(self.library)
        self.setCentralWidget(self.stack)
        self.setAcceptDrops(True)

    def _restore_geometry(self, settings: QSettings) -> None:
        """The window's size and place as the user left them, else a size that fits a laptop."""
        self.resize(1024, 640)
        geometry = settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    def _retranslate(self) -> None:
        """Every string of the window's own; each screen and dialog re-sets its own."""
        if self.stack.currentWidget() is self.library or self._entry is None:
            self.setWindowTitle(self.tr("quizapp — who says so?"))
        else:
            self.setWindowTitle(self.tr("quizapp — {0}").format(self._entry.quiz.title))
        self.file_menu.setTitle(self.tr("&File"))
        self.open_action.setText(self.tr("&Open…"))
        self._recent_menu.setTitle(self.tr("Open &recent"))
        self.library_action.setText(self.tr("&Library"))
        self.quit_action.setText(self.tr("&Quit"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.teacher.retranslate()
        self.editor_entry.retranslate()
        self.view_menus.retranslate()
        if self.study is not None:
            self.study.retranslate()

    def add_builtin(self, entries: Iterable[LibraryEntry]) -> None:
        for entry in entries:
            self.library.add(entry)
        if self.library.entries():
            self.library.tree.setCurrentItem(self.library.tree.topLevelItem(0))
        self.library.tree.setFocus()

    def load_builtin_in_background(self, paths: Iterable[Path]) -> None:
        """Check the built-in sets off the GUI thread; each joins the library when loaded."""
        self._builtin_paths.update(paths)
        if self._builtin_paths:
            self.statusBar().showMessage(self.tr("Loading the built-in question sets…"))
        for path in sorted(self._builtin_paths):
            self.files.load(path)

    def load_library_in_background(self, builtin: Iterable[Path]) -> None:
        """At start: the built-in sets, then the sets the teacher saved or opened before."""
        self.load_builtin_in_background(builtin)
        for path in self.own_sets.paths():
            if path not in self._builtin_paths:
                self._own_paths.add(path)
                self.files.load(path)

    def _note_own_set_left_out(self, path: Path) -> None:
        """A set of the teacher's that is gone or bad now: a note, not a dialog at start."""
        if path.exists():
            note = self.tr(
                "Your set {0} has problems and is not in the library: open it with File > Open "
                "to see them."
            )
        else:
            self.own_sets.forget(path)
            note = self.tr(
                "Your set {0} is no longer where it was saved and is left out of the library; "
                "if you moved it, open it with File > Open."
            )
        self._own_notes.append(note.format(path.name))
        self.statusBar().showMessage(" ".join(self._own_notes))

    def open_path(self, path: Path) -> LibraryEntry | None:
        """Load ``path`` now into the library; on failure show why and return None."""
        loaded = load_or_failure(self._loader, path)
        if isinstance(loaded, LoadFailure):
            self._show_load_error(path, loaded)
            return None
        return self._on_file_loaded(path, loaded)

    def add_saved_set(self, path: Path) -> bool:
        """A set the editor just saved joins the library (or replaces its earlier load) and
        the recent files, without leaving the screen shown; False if it cannot be used yet
        (the editor lists its problems)."""
        loaded = load_or_failure(self._loader, path)
        if isinstance(loaded, LoadFailure):
            return False
        self.library.add(LibraryEntry(path, loaded))
        self.recent.remember(path)
        self.own_sets.remember(path)
        return True

    def open_in_background(self, path: Path) -> None:
        """Load ``path`` off the GUI thread; it joins the library (or says why not) when done.
        A question bank (GIFT, Aiken, Moodle XML) is imported; an article (.docx, .html,
        .txt) opens a new set on it in the editor."""
        if self.teacher.takes_bank(path) or self.editor_entry.takes_article(path):
            return
        self.statusBar().showMessage(self.tr("Opening {0}…").format(path.name))
        self.files.load(path)

    def _on_file_loaded(self, path: Path, quiz: QuizSet) -> LibraryEntry:
        if path in self._builtin_paths:  # not a file the learner opened: no recent entry
            entry = LibraryEntry(path, quiz, builtin=True)
            self.add_builtin([entry])
            self.statusBar().clearMessage()
            return entry
        entry = LibraryEntry(path, quiz)
        if path in self._own_paths:  # listed again at start: not opened, so no recent entry
            self._own_paths.discard(path)
            self.library.add(entry, select=False)
            return entry
        self.library.add(entry)
        self.recent.remember(path)
        self.own_sets.remember(path)  # opened is hers too: listed at the next start
        from quizapp.ui.quiz.quiz_view import QuizView

        if isinstance(self.stack.currentWidget(), QuizView):  # never drop a quiz under way
            self.statusBar().showMessage(
                self.tr("Added to the library: {0}").format(quiz.title), STATUS_MILLISECONDS
            )
        else:
            self.statusBar().clearMessage()
            self.show_library()
        return entry

    def attach_study(self, study: StudyHooks) -> None:
        """Save progress from now on (the app does; most window tests run without it)."""
        self.study = study

    def _on_start_requested(self, entry: LibraryEntry) -> None:
        """Start, unless the set has an interrupted quiz: then the learner is asked first."""
        if self.study is not None and self.study.ask_before_start(
            entry, lambda: self.start_quiz(entry)
        ):
            return
        self.start_quiz(entry)

    def start_quiz(self, entry: LibraryEntry, seed: int | None = None) -> QuizView:
        """Start a new run of ``entry``; a seed fixes the shuffles (screenshots, tests)."""
        session = QuizSession(entry.quiz, seed)
        if self.study is not None:
            self.study.begin(entry, session, subset=False)
        return self.show_session(entry, session)

    def show_session(self, entry: LibraryEntry, session: QuizSession) -> QuizView:
        """Show ``session`` (new, cut down or resumed) at its current question."""
        self._entry = entry
        self.session = session
        confidence = self.study is not None and self.study.ask_confidence
        from quizapp.ui.quiz.quiz_view import QuizView

        view = QuizView(session, entry.path.parent, self.stack, ask_confidence=confidence)
        view.finished.connect(self._on_quiz_finished)
        if self.study is not None:
            view.answered.connect(self.study.record)
        self._switch_to(view)
        if view.page is not None:
            view.page.focus_first()
        # the student's keys come here: with no window manager the window stays inactive
        # and its shortcuts (Ctrl+U, Ctrl+Return) dead until a click (ui44)
        self.activateWindow()
        self._retranslate()  # the title names the set
        return view

    def show_library(self) -> None:
        self.library.select(self._entry)  # the set just played (resumed: student56)
        if self.study is not None:
            self.study.library_shown()
        self._switch_to(self.library)
        self._retranslate()  # the title is the library's again
        self.library.tree.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.files.wait()  # no worker left running into a window being destroyed
        self.teacher.wait()
        if self.study is not None:
            self.study.wait()
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.open_in_background(Path(url.toLocalFile()))
        event.acceptProposedAction()

    def _open_sets_words(self) -> dict[str, SetWords]:
        """Prompts and skill names of the sets in the library, for the class window."""
        return words_by_set(entry.quiz for entry in self.library.entries())

    def recent_files(self) -> list[Path]:
        return self.recent.paths()

    def _switch_to(self, view: QWidget) -> None:
        """Show ``view`` and drop the screen it replaces; only the library is kept alive."""
        old = self.stack.currentWidget()
        if self.stack.indexOf(view) < 0:
            self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        if old is not None and old is not self.library and old is not view:
            self.stack.removeWidget(old)
            old.hide()
            old.deleteLater()

    def _on_open_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Open a question set, an article or a question bank"),
            "",
            self.editor_entry.open_filters(),
        )
        for path in paths:
            self.open_in_background(Path(path))

    def _show_load_error(self, path: Path, failure: LoadFailure) -> None:
        if path in self._own_paths:
            self._own_paths.discard(path)
            self._note_own_set_left_out(path)
            return
        self.statusBar().clearMessage()
        fix = lambda: self.editor_entry.edit_file(path)  # noqa: E731
        LoadErrorBox(self, path, failure, fix).open()
