"""Loading question files off the GUI thread, so that a big file never freezes the window.

The store's loader is plain Python; it runs on a BackgroundRunner (ui/background) and its
outcome comes back on the GUI thread: the set, or a ``LoadFailure`` (the loader's problems,
each with its place, field and message apart), which a ``LoadErrorBox`` shows as plain text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from quizapp.model import QuizSet
from quizapp.sets.errors import LoadError, LocatedProblem
from quizapp.ui.background import BackgroundRunner

Loader = Callable[[Path], QuizSet]
MAX_SHOWN_PROBLEMS = 15


@dataclass(frozen=True)
class LoadFailure:
    """Why a file could not be loaded, as every view of it reads it: the library's box, a
    file opened, a bank imported (errors36: the box used to read the joined text back with
    two regexes). ``problems``: the loader's, apart (none for a system error or a bug);
    ``text``: the whole message as ``quizapp validate`` says it, for the box's details."""

    problems: tuple[LocatedProblem, ...]
    text: str

    def shown_lines(self) -> list[str]:
        """One line a problem: in the form's words (no file, place nor file key) when the
        editor's form names its field, so the teacher fixes it there; else the located
        line, for whoever edits the file by hand (a syntax error, a passage not found)."""
        if not self.problems:
            return self.text.splitlines()
        return [problem.form_message or str(problem) for problem in self.problems]

    def names_fields(self) -> bool:
        """Whether a problem is about a field the editor's form names (it can be fixed there)."""
        return any(problem.form_message for problem in self.problems)


def failure_of(path: Path, error: Exception) -> LoadFailure:
    """What could not be loaded and why, each problem of a ``LoadError`` kept apart."""
    problems = tuple(error.problems) if isinstance(error, LoadError) else ()
    return LoadFailure(problems, explain(path, error))


def load_or_failure(loader: Loader, path: Path) -> QuizSet | LoadFailure:
    """The loaded set, or why it could not be loaded."""
    try:
        return loader(path)
    except Exception as error:
        return failure_of(path, error)


def explain(path: Path, error: Exception) -> str:
    """What to show when ``path`` could not be loaded: the loader's located lines, the
    system's words, or (a bug of ours) the error's name, and the app goes on."""
    if isinstance(error, LoadError):
        return str(error)
    if isinstance(error, OSError):
        return f"{path}: {error.strerror or error}"
    return f"{path}: {type(error).__name__}: {error}"


class FileLoader(QObject):
    """Starts loads in the background; says ``loaded`` or ``failed`` for each, in order given."""

    loaded = Signal(object, object)  # Path, QuizSet
    failed = Signal(object, object)  # Path, LoadFailure
    finished = Signal()  # emitted after loaded/failed, once per file

    def __init__(self, loader: Loader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._runner = BackgroundRunner(self)  # one file at a time keeps the order of opening

    def load(self, path: Path) -> None:
        loader = self._loader
        self._runner.run(
            lambda: loader(path),
            lambda quiz: self._on_done(path, quiz, None),
            lambda error: self._on_done(path, None, failure_of(path, error)),
        )

    def busy(self) -> bool:
        return self._runner.busy()

    def wait(self, milliseconds: int = 30_000) -> bool:
        """Block until every load started has run (tests, and quitting cleanly)."""
        return self._runner.wait(milliseconds)

    def _on_done(self, path: Path, quiz: QuizSet | None, failure: LoadFailure | None) -> None:
        if quiz is None:
            self.failed.emit(path, failure)
        else:
            self.loaded.emit(path, quiz)
        self.finished.emit()


class LoadErrorBox(QMessageBox):
    """A non-modal dialog with the loader's problems as plain text; the app goes on. A set
    the loader found problems in that the editor's form names can be opened in the editor
    from it (``fix``); the details keep every line as ``quizapp validate`` writes it."""

    def __init__(
        self,
        window: QWidget,
        path: Path,
        failure: LoadFailure,
        fix: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(window)
        lines = failure.shown_lines()
        shown = "\n".join(lines[:MAX_SHOWN_PROBLEMS])
        if len(lines) > MAX_SHOWN_PROBLEMS:
            more = len(lines) - MAX_SHOWN_PROBLEMS
            shown += "\n" + self.tr("… and %n more line(s) (see the details)", "", more)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Could not open the question set"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(self.tr("{0} could not be opened:").format(path.name) + "\n\n" + shown)
        self.setDetailedText(failure.text)
        self.setStandardButtons(QMessageBox.StandardButton.Ok)
        if fix is not None and failure.names_fields():
            self.setInformativeText(self.tr("Open it in the editor to fill in what is missing."))
            role = QMessageBox.ButtonRole.ActionRole
            self.addButton(self.tr("Fix in the &editor"), role).clicked.connect(fix)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
