"""Loading question files off the GUI thread, so that a big file never freezes the window.

The store's loader is plain Python; it runs on a BackgroundRunner (ui/background) and its
outcome comes back on the GUI thread: the set, or the loader's located messages, which a
``LoadErrorBox`` shows as plain text.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from quizapp.model import QuizSet
from quizapp.sets.errors import LoadError
from quizapp.ui.background import BackgroundRunner

Loader = Callable[[Path], QuizSet]
MAX_SHOWN_PROBLEMS = 15


def load_or_explain(loader: Loader, path: Path) -> tuple[QuizSet | None, str]:
    """The loaded set and "", or None and the message to show (one located line a problem)."""
    try:
        return loader(path), ""
    except Exception as error:
        return None, explain(path, error)


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
    failed = Signal(object, str)  # Path, message
    finished = Signal()  # emitted after loaded/failed, once per file

    def __init__(self, loader: Loader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._runner = BackgroundRunner(self)  # one file at a time keeps the order of opening

    def load(self, path: Path) -> None:
        loader = self._loader
        self._runner.run(
            lambda: loader(path),
            lambda quiz: self._on_done(path, quiz, ""),
            lambda error: self._on_done(path, None, explain(path, error)),
        )

    def busy(self) -> bool:
        return self._runner.busy()

    def wait(self, milliseconds: int = 30_000) -> bool:
        """Block until every load started has run (tests, and quitting cleanly)."""
        return self._runner.wait(milliseconds)

    def _on_done(self, path: Path, quiz: QuizSet | None, message: str) -> None:
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
