"""Loading question files off the GUI thread, so that a big file never freezes the window.

The store's loader is plain Python; it runs in a worker of a QThreadPool and its outcome
comes back to the GUI thread as a queued signal: the set, or the loader's located messages,
which a ``LoadErrorBox`` shows as plain text.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from quizapp.model import QuizSet
from quizapp.sets.errors import LoadError

Loader = Callable[[Path], QuizSet]
MAX_SHOWN_PROBLEMS = 15


def load_or_explain(loader: Loader, path: Path) -> tuple[QuizSet | None, str]:
    """The loaded set and "", or None and the message to show (one located line a problem)."""
    try:
        return loader(path), ""
    except LoadError as error:
        return None, str(error)
    except OSError as error:
        return None, f"{path}: {error.strerror or error}"
    except Exception as error:  # a bug of ours: still a message, and the app goes on
        return None, f"{path}: {type(error).__name__}: {error}"


class _Outcome(QObject):
    """Carries one task's result across threads (a QRunnable cannot have signals)."""

    done = Signal(object, object, str)  # path, QuizSet or None, message


class _LoadTask(QRunnable):
    def __init__(self, loader: Loader, path: Path) -> None:
        super().__init__()
        self.outcome = _Outcome()
        self._loader = loader
        self._path = path

    def run(self) -> None:
        quiz, message = load_or_explain(self._loader, self._path)
        self.outcome.done.emit(self._path, quiz, message)


class FileLoader(QObject):
    """Starts loads in the background; says ``loaded`` or ``failed`` for each, in order given."""

    loaded = Signal(object, object)  # Path, QuizSet
    failed = Signal(object, str)  # Path, message
    finished = Signal()  # emitted after loaded/failed, once per file

    def __init__(self, loader: Loader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one file at a time keeps the order of opening
        self._running: list[_LoadTask] = []

    def load(self, path: Path) -> None:
        task = _LoadTask(self._loader, path)
        task.setAutoDelete(False)  # kept in _running until its outcome has arrived
        task.outcome.done.connect(self._on_done)
        self._running.append(task)
        self._pool.start(task)

    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, milliseconds: int = 30_000) -> bool:
        """Block until every load started has run (tests, and quitting cleanly)."""
        return self._pool.waitForDone(milliseconds)

    def _on_done(self, path: Path, quiz: QuizSet | None, message: str) -> None:
        self._running = [task for task in self._running if task.outcome is not self.sender()]
        if quiz is None:
            self.failed.emit(path, message)
        else:
            self.loaded.emit(path, quiz)
        self.finished.emit()


class LoadErrorBox(QMessageBox):
    """A non-modal dialog with the loader's messages as plain text; the app goes on."""

    def __init__(self, window: QWidget, path: Path, message: str) -> None:
        super().__init__(window)
        lines = message.splitlines()
        shown = "\n".join(lines[:MAX_SHOWN_PROBLEMS])
        if len(lines) > MAX_SHOWN_PROBLEMS:
            more = len(lines) - MAX_SHOWN_PROBLEMS
            shown += "\n" + self.tr("… and %n more line(s) (see the details)", "", more)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Could not open the question set"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(self.tr("{0} could not be opened:").format(path.name) + "\n\n" + shown)
        self.setDetailedText(message)
        self.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
