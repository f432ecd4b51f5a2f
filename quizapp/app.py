"""Composition root of the desktop app: QApplication, main window, built-in sets, files.

``run`` is what ``quizapp`` (no subcommand) calls. ``--self-test`` walks the same path a
learner does, without a human: it is how a packaged build proves that it starts and works.
The results database is opened here, in the data folder (``--data-dir``, ``QUIZAPP_DATA_DIR``
or the user's data folder); the self-test uses a temporary one and never the learner's.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QSize, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from quizapp.engine.keys import correct_response
from quizapp.model import QuizSet
from quizapp.results.database import ResultsDB
from quizapp.results.datadir import data_dir as choose_data_dir
from quizapp.results.datadir import results_db_path
from quizapp.results.records import ResultsError
from quizapp.sets.builtin import builtin_set_paths, resource_dir
from quizapp.sets.errors import LoadError
from quizapp.ui.collector import collection_on_gui_thread
from quizapp.ui.common import window_warning
from quizapp.ui.shell.library_view import LibraryEntry
from quizapp.ui.shell.main_window import MainWindow
from quizapp.ui.shell.view_menus import apply_saved_preferences
from quizapp.ui.study.controller import StudyController, local_now
from quizapp.ui.study.flow import StudyFlow

APP_NAME = "quizapp"
ORGANISATION_NAME = "quizapp"
DESKTOP_FILE_NAME = "quizapp"  # assets/quizapp.desktop: Wayland docks match the window to it
# Set to 1, the window quits as soon as it has been shown: how benchmarks time the start-up.
EXIT_WHEN_SHOWN_ENV = "QUIZAPP_EXIT_WHEN_SHOWN"

Loader = Callable[[Path], QuizSet]


def _default_loader() -> Loader:
    """The store's loader, imported on the first load: in a worker, when the window is up."""

    def load(path: Path) -> QuizSet:
        from quizapp.sets.loader import load_set  # validates and locates every error

        return load_set(path)

    return load


def application() -> QApplication:
    """The one QApplication, created with the names QSettings files live under."""
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION_NAME)
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(application_icon())
    return app  # type: ignore[return-value]


def application_icon() -> QIcon:
    """The app's icon from the shipped ``quizapp-<size>.png`` files (no SVG: no QtSvg needed).

    Sizes come from the file names, so Qt reads only the one a title bar or dock asks for.
    """
    icon = QIcon()
    folder = resource_dir("assets")
    for path in sorted(folder.glob("quizapp-*.png")) if folder else []:
        side = path.stem.rpartition("-")[2]
        if side.isdigit():
            icon.addFile(str(path), QSize(int(side), int(side)))
    return icon


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


def run(files: list[Path], self_test: bool = False, data_dir: Path | None = None) -> int:
    """Start the GUI on the built-in sets plus ``files``; return the process exit code.

    ``data_dir`` is ``--data-dir``: where the results database and the editor's recovery
    files live. Garbage is collected on the GUI thread only while the app runs
    (``ui/collector.py``: a Qt widget collected in a worker crashes the app).
    """
    app = application()
    with collection_on_gui_thread(app):
        if self_test:
            return _self_test(app, _default_loader())
        return _run_window(app, files, data_dir)


def _run_window(app: QApplication, files: list[Path], data_dir: Path | None) -> int:
    settings = QSettings()
    apply_saved_preferences(settings)  # language, theme, text size: before the window is built
    folder = choose_data_dir(data_dir)
    window = MainWindow(settings, _default_loader(), data_folder=folder)
    study = attach_study(window, settings, folder)
    window.show()
    # Built-in sets load off the GUI thread like any file: the window is there at once and
    # the library fills in as each set is checked (a broken one gets the usual dialog); the
    # sets the teacher saved or opened before follow (one gone or broken gets a note).
    window.load_library_in_background(builtin_set_paths())
    # What start-up built lives as long as the app; frozen, the garbage collector stops
    # walking it, so a collection landing while the learner answers stays short.
    gc.freeze()
    for path in files:
        window.open_in_background(path)
    if os.environ.get(EXIT_WHEN_SHOWN_ENV) == "1":
        QTimer.singleShot(0, lambda: _report_shown_and_quit(app))
    try:
        return app.exec()
    finally:
        if study is not None:
            study.wait()
            study.controller.db.close()


def run_editor(path: Path | None, data_dir: Path | None = None) -> int:
    """``quizapp edit [FILE]``: the set editor alone, on ``path`` or on a new set; an article
    file (.txt, .html, .docx) opens a new set on it."""
    from quizapp.ui.editor.entry import (
        is_article,
        open_editor_on_article,
        open_editor_on_file,
        open_new_editor,
    )

    app = application()
    settings = QSettings()
    apply_saved_preferences(settings)
    folder = choose_data_dir(data_dir)
    with collection_on_gui_thread(app):
        if path is None:
            window = open_new_editor(settings, folder)
        elif is_article(path):
            window = open_editor_on_article(settings, folder, path)
        else:
            window = open_editor_on_file(settings, folder, path)
        return 1 if window is None else app.exec()


def attach_study(window: MainWindow, settings: QSettings, folder: Path) -> StudyFlow | None:
    """Open the results database in ``folder`` and let the window save progress into it.

    A damaged file has been moved aside by the store: the learner is told where it went. A
    database that cannot be opened at all leaves the app usable, without saving, and says so.
    """
    try:
        db, notice = ResultsDB.open(results_db_path(folder), local_now())
    except ResultsError as error:
        translate = QCoreApplication.translate
        text = translate("App", "Your results will not be saved this time: {0}").format(error)
        show_notice(window, translate("App", "Results not available"), text)
        return None
    if notice is not None:
        title = QCoreApplication.translate("App", "Your results file was damaged")
        show_notice(window, title, notice.message)
    return StudyFlow(window, StudyController(db), settings)


def show_notice(window: MainWindow, title: str, text: str) -> QMessageBox:
    """A warning shown over the window without blocking start-up; plain text only."""
    box = window_warning(window, title, text)
    QTimer.singleShot(0, box.open)  # once the window is on screen, so the box sits over it
    return box


def _report_shown_and_quit(app: QApplication) -> None:
    """Runs once the event loop has handled the window's show: the start-up is over."""
    print("quizapp: window shown", flush=True)
    app.quit()


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
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
            apply_saved_preferences(settings)  # the system's language: its catalogue must load
            language = _check_catalogue()
            window = MainWindow(settings, loader)
            study = attach_study(window, settings, Path(folder) / "data")
            if study is None:
                raise RuntimeError("the results database could not be opened")
            try:
                summary = _drive_window(app, window, entries)
            finally:
                study.wait()
                study.controller.db.close()
            summary += "; " + _check_article_reading(Path(folder))
    except Exception:  # any failure at all must become a message and a nonzero exit code
        import traceback

        traceback.print_exc()
        print("self-test failed", file=sys.stderr)
        return 1
    print(f"self-test ok: {len(entries)} built-in set(s) loaded; {summary}; UI in {language}")
    return 0


def _check_article_reading(folder: Path) -> str:
    """The editor's article reader works in this build: a saved web page and a Word file."""
    from quizapp.sets.articles.reading import read_article

    page = folder / "page.html"
    page.write_text(
        "<html><head><title>T</title><meta property='og:site_name' content='Le Site'></head>"
        "<body><nav>Menu</nav><article><h1>Titre</h1><p>"
        + "Un premier paragraphe assez long pour être gardé comme texte. " * 3
        + "</p><p>« Une citation », a déclaré la maire.</p></article></body></html>",
        encoding="utf-8",
    )
    article = read_article(page)
    if "Une citation" not in article.text or article.outlet != "Le Site":
        raise RuntimeError(f"a saved web page was read wrong: {article!r}")
    import docx

    document = docx.Document()
    document.add_paragraph("Un paragraphe.")
    document.save(str(folder / "article.docx"))
    if read_article(folder / "article.docx").text != "Un paragraphe.":
        raise RuntimeError("a Word document was read wrong")
    return "articles read from .html and .docx"


def _check_catalogue() -> str:
    """The UI language's catalogue must have loaded: a bundle without its .qm files fails."""
    from quizapp.ui.shell import i18n

    language = i18n.current_language()
    wanted = [f"quizapp_{language}"] + ([f"qtbase_{language}"] if language != "en" else [])
    missing = [name for name in wanted if name not in i18n.loaded_catalogues()]
    if missing:
        raise RuntimeError(f"translations not found: {', '.join(missing)}")
    return language


def _check_saved(window: MainWindow, question_id: str) -> None:
    """The answer just given must already be in the results database."""
    study = window.study
    attempt_id = study.controller.attempt_id if study is not None else None
    if study is None or attempt_id is None:
        raise RuntimeError("the quiz is not being saved")
    saved = study.controller.db.attempt_with_answers(attempt_id).answers
    if [answer.question_id for answer in saved] != [question_id]:
        raise RuntimeError(f"the answer to {question_id!r} was not saved")


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
    _check_saved(window, question.id)
    results = window.show_results()
    app.processEvents()
    if window.stack.currentWidget() is not results or window.grab().isNull():
        raise RuntimeError("the results screen did not show")
    window.close()
    return f"answered {question.id!r} right and saved it, results screen shown"
