"""Composition root of the desktop app: QApplication, main window, built-in sets, files.

``run`` is what ``quizapp`` (no subcommand) calls. ``--self-test`` walks the same path a
learner does, without a human: it is how a packaged build proves that it starts and works.
"""

from __future__ import annotations

import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from quizapp.engine.keys import correct_response
from quizapp.model import QuizSet
from quizapp.store.builtin import builtin_set_paths
from quizapp.store.errors import LoadError
from quizapp.ui.library_view import LibraryEntry
from quizapp.ui.main_window import MainWindow

APP_NAME = "quizapp"
ORGANISATION_NAME = "quizapp"

Loader = Callable[[Path], QuizSet]


def _default_loader() -> Loader:
    from quizapp.store.loader import load_set  # the store's loader validates and locates errors

    return load_set


def application() -> QApplication:
    """The one QApplication, created with the names QSettings files live under."""
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION_NAME)
    return app  # type: ignore[return-value]


def load_builtin(loader: Loader) -> tuple[list[LibraryEntry], list[str]]:
    """Every built-in set that loads, and a message for each one that does not."""
    entries: list[LibraryEntry] = []
    failures: list[str] = []
    for path in builtin_set_paths():
        try:
            entries.append(LibraryEntry(path, loader(path), builtin=True))
        except (LoadError, OSError) as error:
            failures.append(str(error))
    return entries, failures


def run(files: list[Path], self_test: bool = False) -> int:
    """Start the GUI on the built-in sets plus ``files``; return the process exit code."""
    app = application()
    loader = _default_loader()
    if self_test:
        return _self_test(app, loader)
    entries, failures = load_builtin(loader)
    for failure in failures:
        print(failure, file=sys.stderr)
    window = MainWindow(QSettings(), loader)
    window.add_builtin(entries)
    window.show()
    for path in files:
        window.open_path(path)
    return app.exec()


def _self_test(app: QApplication, loader: Loader) -> int:
    """Load every built-in set, answer one question through the window, show the results."""
    try:
        entries, failures = load_builtin(loader)
        if failures or not entries:
            print(
                "self-test failed: " + ("\n".join(failures) or "no built-in set found"),
                file=sys.stderr,
            )
            return 1
        with tempfile.TemporaryDirectory() as folder:
            settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
            summary = _drive_window(app, MainWindow(settings, loader), entries)
    except Exception:  # any failure at all must become a message and a nonzero exit code
        traceback.print_exc()
        print("self-test failed", file=sys.stderr)
        return 1
    print(f"self-test ok: {len(entries)} built-in set(s) loaded; {summary}")
    return 0


def _drive_window(app: QApplication, window: MainWindow, entries: list[LibraryEntry]) -> str:
    window.add_builtin(entries)
    window.show()
    app.processEvents()
    view = window.start_quiz(entries[0])
    app.processEvents()
    session = view.session
    question = session.current.question
    assert view.page is not None
    view.page.answer_widget.set_response(correct_response(question, session.quiz))
    view.check_button.click()
    verdict = session.verdict_for(question.id)
    if verdict is None or not verdict.correct:
        raise RuntimeError(f"the right answer to {question.id!r} was not scored right")
    results = window.show_results()
    app.processEvents()
    if window.stack.currentWidget() is not results or window.grab().isNull():
        raise RuntimeError("the results screen did not show")
    window.close()
    return f"answered {question.id!r} right, results screen shown"
