"""Loading question files off the GUI thread, so that a big file never freezes the window.

The store's loader is plain Python; it runs on a BackgroundRunner (ui/background) and its
outcome comes back on the GUI thread: the set, or the loader's located messages, which a
``LoadErrorBox`` shows as plain text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from quizapp.model import QuizSet
from quizapp.sets.errors import LoadError
from quizapp.ui.background import BackgroundRunner

Loader = Callable[[Path], QuizSet]
MAX_SHOWN_PROBLEMS = 15
LOCATED = re.compile(r"^.*:\d+:\d+: ")  # the loader's « file:line:column: » before a message
KEY_AFTER_NAME = re.compile(r"([»'”]) \([a-z_]+\)")  # « Média » (outlet): the file's key


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


def teacher_lines(message: str) -> list[str]:
    """The loader's lines, those about a field the editor's form names in a teacher's words:
    without the file, line and column in front, nor the file's key after the field's name
    (ui35: « …quiz.yaml:8:11: « Média » (outlet) ne doit pas être vide »); she fixes those
    in the editor. A line about the file's syntax keeps its place, for whoever edits the
    file by hand; the box's details keep every line as the loader wrote it."""
    return [_in_form_words(line) for line in message.splitlines()]


def _in_form_words(line: str) -> str:
    if not KEY_AFTER_NAME.search(line):
        return line
    return KEY_AFTER_NAME.sub(r"\1", LOCATED.sub("", line))


class LoadErrorBox(QMessageBox):
    """A non-modal dialog with the loader's messages as plain text; the app goes on. A set
    the loader located problems in can be opened in the editor from it (``fix``), which
    names each field as its form does."""

    def __init__(
        self, window: QWidget, path: Path, message: str, fix: Callable[[], None] | None = None
    ) -> None:
        super().__init__(window)
        lines = teacher_lines(message)
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
        if fix is not None and KEY_AFTER_NAME.search(message):  # a field the form names
            self.setInformativeText(self.tr("Open it in the editor to fill in what is missing."))
            role = QMessageBox.ButtonRole.ActionRole
            self.addButton(self.tr("Fix in the &editor"), role).clicked.connect(fix)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
