"""File > Import…: a teacher's GIFT, Moodle XML or Aiken file becomes a set in the library.

The file is read off the GUI thread (a Moodle bank can be large); the report of what came in
and what was left out, and why, is shown as plain text before anything is written; then the
teacher chooses where the .quiz.yaml goes, and the written file is opened like any other set
so that what the library shows is exactly what was saved.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.draft.drafting.draft_set import file_language
from quizapp.interchange.bank import ImportCancelled, ImportResult
from quizapp.interchange.convert import MAX_IMPORT_BYTES, import_file, set_to_yaml
from quizapp.ui.background import BackgroundRunner
from quizapp.ui.common import RetranslateOnLanguageChange, plain_label
from quizapp.ui.editor.forms.set_language import language_name
from quizapp.ui.shell.file_loading import failure_of
from quizapp.ui.teacher.question_names import question_names

SET_SUFFIX = ".quiz.yaml"
OpenSet = Callable[[Path], None]


def import_language() -> str:
    """The language an imported set is marked with: the teacher's own, else English."""
    language = QLocale().name().split("_")[0]
    return language if language.isalpha() and language.islower() and len(language) <= 3 else "en"


def bank_language(source: Path) -> str:
    """The language of the bank's own words when they say it clearly (``clear_language``),
    else the teacher's: a French set exported to Moodle and imported back on an English
    computer came back marked English (teacher55). Read off the GUI thread, as the import;
    a file that cannot be read is the import's to report."""
    return file_language(source, import_language(), MAX_IMPORT_BYTES)


def saved_text(result: ImportResult) -> str:
    """The set as YAML, headed by the import report as comments (as ``quizapp import`` writes)."""
    return set_to_yaml(result.quizset, result.report.lines())


def suggested_path(source: Path) -> Path:
    """``bank.gift`` -> ``bank.quiz.yaml`` next to it."""
    return source.with_name((source.name.split(".")[0] or "imported") + SET_SUFFIX)


class ImportReportDialog(RetranslateOnLanguageChange, QDialog):
    """What the import found, as plain text; Save as… goes on, Cancel writes nothing."""

    def __init__(self, result: ImportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = result
        self.summary = plain_label("", self)
        self.language_line = plain_label("", self)
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        names = question_names(self, result.quizset.questions)  # no « classify-5 » (polish53)
        self.report.setPlainText("\n".join(result.report.lines(names)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._hint = plain_label("", self)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.language_line, self.report, self._hint, buttons):
            layout.addWidget(widget)
        self._retranslate()
        self.resize(640, 420)

    def _retranslate(self) -> None:
        report = self.result.report
        self.setWindowTitle(self.tr("Import report"))
        self.summary.setText(
            self.tr("{imported}, {skipped}, from {source}.").format(
                imported=self.tr("%n question(s) imported", "", len(report.imported)),
                skipped=self.tr("%n skipped", "", len(report.skipped)),
                source=Path(report.source).name,
            )
        )
        # the language the set is marked with, said before it is saved (mend55g): a guess
        # (the bank's words, else the computer's) the teacher can see and correct
        language = language_name(self.result.quizset.language)
        self.language_line.setText(
            self.tr("Language of the set: {language}.").format(language=language)
        )
        self.report.setAccessibleName(self.tr("Import report"))
        self.save_button.setText(self.tr("&Save as…"))
        self._hint.setText(self.tr("Save the set, then it opens in the library."))


class ImportController(QObject):
    """Runs File > Import…; ``saved`` says where a set was written (and then opened)."""

    saved = Signal(object)  # Path
    failed = Signal(str)  # the message shown

    def __init__(self, window: QWidget, open_set: OpenSet, runner: BackgroundRunner) -> None:
        super().__init__(window)
        self._window = window
        self._open_set = open_set
        self._runner = runner
        self.report_dialog: ImportReportDialog | None = None
        self.progress: QProgressDialog | None = None

    def ask_and_import(self) -> None:
        """The menu action: choose a file, then import it in the background."""
        name, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Import questions from Moodle or another quiz tool"),
            "",
            self.tr(
                "Question banks (*.gift *.txt *.xml);;GIFT (*.gift *.txt);;Moodle XML (*.xml);;"
                "Aiken (*.txt);;All files (*)"
            ),
        )
        if name:
            self.import_path(Path(name))

    def import_path(self, source: Path) -> None:
        """Import in the background, with a Cancel button if it takes more than a moment."""
        stop = threading.Event()
        self.progress = self._progress_dialog(source, stop)
        self._runner.run(
            lambda: import_file(source, bank_language(source), should_stop=stop.is_set),
            lambda result: self._ended(lambda: self._show_report(source, result)),
            lambda error: self._ended(lambda: self._show_failure(source, error)),
            stop,
        )

    def _progress_dialog(self, source: Path, stop: threading.Event) -> QProgressDialog:
        progress = QProgressDialog(self._window)
        progress.setWindowTitle(self.tr("Import"))
        progress.setLabelText(self.tr("Importing {0}…").format(source.name))
        progress.setCancelButtonText(self.tr("Cancel"))
        progress.setRange(0, 0)  # no count to show: a busy indicator
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)  # a quick import shows nothing
        progress.setValue(0)  # starts the 400 ms count; without it Qt waits its default 4 s
        progress.canceled.connect(stop.set)
        return progress

    def _ended(self, then: Callable[[], None]) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect()
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        then()

    def _show_report(self, source: Path, result: ImportResult) -> None:
        dialog = ImportReportDialog(result, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.save(source, result))
        self.report_dialog = dialog
        dialog.open()

    def save(self, source: Path, result: ImportResult) -> Path | None:
        """Ask where to write the set, write it, open it; None if cancelled or not written."""
        name, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Save the imported set"),
            str(suggested_path(source)),
            self.tr("Question sets (*.quiz.yaml)"),
        )
        if not name:
            return None
        path = Path(name)
        if not path.name.endswith((".yaml", ".yml")):
            path = path.with_name(path.name + SET_SUFFIX)
        try:
            path.write_text(saved_text(result), encoding="utf-8", newline="\n")
        except OSError as error:
            self._warn(self.tr("Could not write {0}: {1}").format(path, error.strerror or error))
            return None
        self.saved.emit(path)
        self._open_set(path)
        return path

    def _show_failure(self, source: Path, error: Exception) -> None:
        """The importer's problems, one line each, read from the same ``LoadFailure`` as the
        library's box reads a set's (a bank's are located lines: ``file:line:col: message``)."""
        if isinstance(error, ImportCancelled):  # the teacher asked for it: nothing to say
            return
        failure = failure_of(source, error)  # a bug of ours too: a sentence, never silence
        detail = "\n".join(failure.shown_lines())
        message = self.tr("{0} could not be imported:").format(source.name) + "\n\n" + detail
        self._warn(message)
        self.failed.emit(message)

    def _warn(self, message: str) -> None:
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Import"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(message)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
