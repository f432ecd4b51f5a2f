"""The teacher's "Class results" window: students' exported files in, the class in one view.

Files are read and merged off the GUI thread (quizapp.results.handin.class_results); the
window shows a row per student, how hard each question was and the class's confusion matrix,
and exports them as one class.csv. Everything shown comes from students' files, so it is
plain text only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from quizapp.model import SetWords
from quizapp.results.handin.attempts import Notice
from quizapp.results.handin.class_results import merge_files
from quizapp.results.handin.class_results_csv import write_class_csv
from quizapp.results.handin.class_rows import ClassResults
from quizapp.sets.catalog import say
from quizapp.ui.background import BackgroundRunner
from quizapp.ui.common import RetranslateOnLanguageChange, plain_label, set_scaled_font
from quizapp.ui.teacher.class_files import ask_class_csv, ask_results_files
from quizapp.ui.teacher.class_set_choice import SetChoice
from quizapp.ui.teacher.class_tables import ClassTables


class ClassResultsWindow(RetranslateOnLanguageChange, QWidget):
    """Its own top-level window, so a teacher can keep it open beside the quiz."""

    def __init__(
        self,
        parent: QWidget | None = None,
        known_words: Callable[[], Mapping[str, SetWords]] | None = None,
    ) -> None:
        """``known_words``: the open sets' prompts, for files that did not carry them."""
        super().__init__(parent, Qt.WindowType.Window)
        self._known_words = known_words or dict
        self.setAcceptDrops(True)
        self.resize(900, 600)
        self.paths: list[Path] = []
        self.results: ClassResults | None = None
        self.runner = BackgroundRunner(self)
        self._wrote: Path | None = None
        self._build_texts()
        self.tables = ClassTables(self)
        layout = QVBoxLayout(self)
        for widget in (self._heading, self._how, self.summary, self.problems):
            layout.addWidget(widget)
        layout.addLayout(self._set_row())
        layout.addWidget(self.tables.tabs, 1)
        layout.addLayout(self._buttons())
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        # Window shortcuts, not the buttons' own: a button has one shortcut, and Ctrl+O set on
        # « &Add students' files… » took the place of the Alt+A its underlined letter promises
        # (teacher50: Alt+A and Alt+E did nothing). click() does nothing on a disabled button.
        QShortcut(QKeySequence.StandardKey.Open, self, self.add_button.click)
        QShortcut(QKeySequence.StandardKey.Save, self, self.export_button.click)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self._retranslate()

    def _build_texts(self) -> None:
        """Heading, what to do, the summary, and the files' problems (hidden while none)."""
        self._heading = plain_label("", self)
        set_scaled_font(self._heading, 1.4)
        self._how = plain_label("", self)
        self.summary = plain_label("", self)
        self.problems = QPlainTextEdit(self)
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(self.fontMetrics().height() * 6)
        self.problems.hide()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Class results"))
        self._heading.setText(self.tr("Class results"))
        self._how.setText(
            self.tr(
                "Add the results files your students exported from quizapp (CSV or JSON, one "
                "or several students each). The same attempt handed in twice counts once."
            )
        )
        self.summary.setAccessibleName(self.tr("Summary"))
        self.problems.setAccessibleName(self.tr("Problems found in the files"))
        self.set_choice.setAccessibleName(self.tr("Set counted"))
        self.set_choice.setItemText(0, self.tr("All sets"))
        self._set_label.setText(self.tr("Se&t:"))  # our own text: its & makes Alt+T a mnemonic
        self.add_button.setText(self.tr("&Add students' files…"))
        self.add_button.setToolTip(self.tr("Add results files (Ctrl+O)"))
        self.clear_button.setText(self.tr("&Clear"))
        self.export_button.setText(self.tr("&Export to CSV…"))
        self.export_button.setToolTip(self.tr("Write class.csv (Ctrl+S)"))
        self.tables.retranslate()
        self._show_summary()
        if self.results is not None:
            self.tables.show_results(self.results, self._known_words())
            self.set_choice.fill(self.results.sets)

    def _show_summary(self) -> None:
        if self.results is None:
            self.summary.setText(self.tr("No file yet."))
            return
        text = self._summary_text(self.results)
        if self._wrote is not None:
            text += "\n" + self.tr("Wrote {0}").format(self._wrote)
        self.summary.setText(text)

    @property
    def tabs(self) -> QTabWidget:
        return self.tables.tabs

    def _set_row(self) -> QHBoxLayout:
        """Which set counts: students' files often hold attempts at several sets."""
        self.set_choice = SetChoice(self)
        self.set_choice.currentIndexChanged.connect(self._on_set_changed)
        label = self._set_label = QLabel(self)
        label.setBuddy(self.set_choice)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.set_choice, 1)
        return row

    def selected_set(self) -> str | None:
        return self.set_choice.selected_set()

    def _on_set_changed(self) -> None:
        if self.paths:
            self._merge()

    def _buttons(self) -> QHBoxLayout:
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self._on_export_clicked)
        row = QHBoxLayout()
        for button in (self.add_button, self.clear_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.export_button)
        for button in (self.add_button, self.clear_button, self.export_button):
            button.setAutoDefault(True)  # Enter on the focused button presses it
        self._enable()
        return row

    def add_files(self, paths: Iterable[Path]) -> None:
        """Add files (each once) and merge everything again in the background."""
        known = {path.resolve() for path in self.paths}
        for path in paths:
            if path.resolve() not in known:
                known.add(path.resolve())
                self.paths.append(path)
        self._merge()

    def clear(self) -> None:
        self.paths = []
        self.results = None
        self._wrote = None
        self.tables.clear()
        self.problems.clear()
        self.problems.hide()
        self._show_summary()
        self.set_choice.fill({})
        self._enable()

    def export_csv(self, path: Path, delimiter: str = ",") -> bool:
        """Write class.csv; on failure say why and return False."""
        if self.results is None:
            return False
        try:
            write_class_csv(path, self.results.completed_by(self._known_words()), delimiter)
        except OSError as error:
            self._warn(self.tr("Could not write {0}: {1}").format(path, error.strerror or error))
            return False
        self._wrote = path
        self._show_summary()
        return True

    def _merge(self) -> None:
        paths, set_id = list(self.paths), self.selected_set()
        self.summary.setText(self.tr("Reading %n file(s)…", "", len(paths)))
        self.add_button.setEnabled(False)
        self.runner.run(
            lambda: merge_files(paths, set_id), self.show_results, self._on_merge_failed
        )

    def show_results(self, results: ClassResults) -> None:
        self.results = results
        self._wrote = None
        self.tables.show_results(results, self._known_words())
        self.set_choice.fill(results.sets)
        self._show_summary()
        lines = (*results.problems, *results.warnings, *results.versions)
        said = [_in_language(line) for line in lines]
        self.problems.setPlainText("\n".join(said))
        self.problems.setVisible(bool(said))
        self._enable()

    def _summary_text(self, results: ClassResults) -> str:
        text = self.tr("{files}: {students}, {attempts}, {questions}.").format(
            files=self.tr("%n file(s) read", "", results.files_read),
            students=self.tr("%n student(s)", "", len(results.students)),
            attempts=self.tr("%n attempt(s)", "", results.attempts),
            questions=self.tr("%n question(s)", "", len(results.questions)),
        )
        if results.duplicates:
            found = self.tr("%n attempt(s) found twice, counted once.", "", results.duplicates)
            text += " " + found
        if results.problems:
            unread = len(results.problems)
            text += " " + self.tr("%n file(s) could not be read (see below).", "", unread)
        return text

    def _on_merge_failed(self, error: Exception) -> None:
        self._enable()
        self.summary.setText(self.tr("The files could not be merged."))
        self._warn(self.tr("The files could not be merged: {0}").format(error))

    def _enable(self) -> None:
        self.add_button.setEnabled(True)
        has_files = bool(self.paths)
        self.clear_button.setEnabled(has_files)
        self.export_button.setEnabled(self.results is not None and bool(self.results.students))

    def _on_add_clicked(self) -> None:
        paths = ask_results_files(self)
        if paths:
            self.add_files(paths)

    def _on_export_clicked(self) -> None:
        chosen = ask_class_csv(self)
        if chosen is not None:
            self.export_csv(*chosen)

    def _warn(self, message: str) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Class results"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(message)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_files(Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile())
        event.acceptProposedAction()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.runner.wait()  # no merge left running into a window being destroyed
        super().closeEvent(event)


def open_class_results(parent: QWidget | None, paths: Sequence[Path] = ()) -> ClassResultsWindow:
    """Show a class results window, optionally already reading ``paths``."""
    window = ClassResultsWindow(parent)
    window.show()
    if paths:
        window.add_files(paths)
    return window


def _in_language(line: str) -> str:
    """A merge message in the catalogue's language when the results layer gave its key."""
    if isinstance(line, Notice):
        return say(line.key, line.english, **line.values)
    return line
