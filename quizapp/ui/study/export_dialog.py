"""File > Export results: one attempt or all of them, as CSV or JSON, for a teacher.

The file is written in a worker thread on a read-only connection: a full export of a long
history takes seconds, and the window must not freeze meanwhile. The formats are the store's
(docs/results-format.md); this dialog only chooses what to export and where.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.model import Settings, SetWords
from quizapp.results.database import ResultsDB
from quizapp.results.export import ExportFormat, export_from_db
from quizapp.results.export_names import default_export_name
from quizapp.results.records import Attempt, ResultsError
from quizapp.ui.background import BackgroundRunner
from quizapp.ui.common import RetranslateOnLanguageChange, plain_label
from quizapp.ui.score_figures import reaches, shown_percent
from quizapp.ui.study.export_files import ExportWords
from quizapp.ui.study.settings_dialog import StudySettings, delimiter_choices

Clock = Callable[[], dt.datetime]


DEFAULT_PASS_MARK = Settings().pass_mark  # a set not open in the app: the format's default
_EXPECTED = (ResultsError, OSError, ValueError)  # said in the dialog; any other is a bug


def _write(db_path: Path, target: Path, options: dict) -> Path:
    """The export written from a read-only connection (in the background); the path written."""
    with ResultsDB.open_reader(db_path) as db:
        return export_from_db(db, target, **options)


COMBO_CHARACTERS = 24  # what a long choice keeps shown; its list shows it whole


def narrow_combo(combo: QComboBox) -> None:
    """As wide as ``COMBO_CHARACTERS``, not as its longest entry: at 200 % the dialog was
    1,336 pixels wide with an attempt's set title and the French CSV style in full, its
    Export and Close buttons past a 1,280 screen's edge (student56)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(COMBO_CHARACTERS)


class ExportDialog(RetranslateOnLanguageChange, QDialog):
    """What to export, in which format; "Export…" asks where, then writes in the background."""

    exported = Signal(object)  # Path
    failed = Signal(str)

    def __init__(
        self,
        db_path: Path,
        attempts: Sequence[Attempt],
        preferences: StudySettings,
        clock: Clock,
        parent: QWidget | None = None,
        words: Mapping[str, SetWords] | None = None,
        student_name: str | None = None,
        pass_marks: Mapping[str, float] | None = None,
    ) -> None:
        """``words``: prompts and skill names of the open sets, written beside the ids;
        ``pass_marks``: their pass marks, by set id, which round each attempt's score."""
        super().__init__(parent)
        self._pass_marks = dict(pass_marks or {})
        self._student_name = student_name
        self._set_ids = {a.id: a.set_id for a in attempts}
        self._words_of_export = ExportWords(self)
        self.save_dialog: QFileDialog | None = None
        self._db_path, self._clock, self._preferences = db_path, clock, preferences
        self._words = dict(words or {})
        self._runner = BackgroundRunner(self)
        self._writing = False
        self._build_scope(attempts)
        self._build_format(preferences)
        self.status = plain_label("", self)
        self._build_layout()
        self._retranslate()
        self._update()

    def _build_scope(self, attempts: Sequence[Attempt]) -> None:
        """Every attempt, or one chosen in a list (newest first)."""
        self.all_button = QRadioButton(self)
        self.one_button = QRadioButton(self)
        scope = QButtonGroup(self)
        for button in (self.all_button, self.one_button):
            scope.addButton(button)
        self.attempt = QComboBox(self)
        for item in sorted(attempts, key=lambda a: (a.started_at, a.id), reverse=True):
            mark = self._pass_marks.get(item.set_id, DEFAULT_PASS_MARK)
            self.attempt.addItem(_attempt_text(item, mark), item.id)
        self.one_button.setEnabled(bool(attempts))
        self.all_button.setChecked(True)
        scope.buttonToggled.connect(lambda *_: self._update())

    def _build_format(self, preferences: StudySettings) -> None:
        """CSV or JSON, and the CSV's delimiter (the one last chosen first)."""
        self.format = QComboBox(self)
        self.format.addItem("", "csv")
        self.format.addItem("", "json")
        self.format.currentIndexChanged.connect(lambda *_: self._update())
        self.delimiter = QComboBox(self)
        for text, value in delimiter_choices(self):
            self.delimiter.addItem(text, value)
        self.delimiter.setCurrentIndex(max(0, self.delimiter.findData(preferences.csv_delimiter)))
        for combo in (self.attempt, self.delimiter):
            narrow_combo(combo)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export results"))
        self.all_button.setText(self.tr("&All my attempts"))
        self.one_button.setText(self.tr("&One attempt:"))
        self.attempt.setAccessibleName(self.tr("Attempt to export"))
        self.format.setAccessibleName(self.tr("File format"))
        self.format.setItemText(0, self.tr("CSV, for a spreadsheet"))
        self.format.setItemText(1, self.tr("JSON, for a program"))
        self.delimiter.setAccessibleName(self.tr("CSV style"))
        for index, (text, _) in enumerate(delimiter_choices(self)):
            self.delimiter.setItemText(index, text)
        self._format_label.setText(self.tr("&Format:"))
        self._delimiter_label.setText(self.tr("CSV &style:"))
        self.export_button.setText(self.tr("&Export…"))
        self._note.setText(self._name_note())

    def _name_note(self) -> str:
        """Whose name the file carries. With none set, the note said the name « from the
        settings is written into the file », and the teacher's class results showed the
        student as « (no name: quizapp results - … .csv) » (teacher50): say where to type it."""
        if (self._student_name or "").strip():
            return self.tr(
                "Your name from the settings is written into the file, and on the attempts "
                "made under it."
            )
        return self.tr(
            "No name is set: your teacher will see only the file's name. Type your name in "
            "File > Settings before exporting."
        )

    def _build_layout(self) -> None:
        self._format_label, self._delimiter_label = QLabel(self), QLabel(self)
        self._format_label.setBuddy(self.format)  # its & letter reaches the field
        self._delimiter_label.setBuddy(self.delimiter)
        form = QFormLayout()
        form.addRow(self.all_button)
        form.addRow(self.one_button, self.attempt)
        form.addRow(self._format_label, self.format)
        form.addRow(self._delimiter_label, self.delimiter)
        self.export_button = QPushButton(self)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self._on_export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self._note = plain_label("", self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._note)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def select_attempt(self, attempt_id: int | None) -> None:
        """Preselect one attempt (the one just finished), if it is in the list."""
        index = self.attempt.findData(attempt_id) if attempt_id is not None else -1
        if index >= 0:
            self.attempt.setCurrentIndex(index)
            self.one_button.setChecked(True)

    def chosen_format(self) -> ExportFormat:
        return "json" if self.format.currentData() == "json" else "csv"

    def export_to(self, target: Path) -> None:
        """Write the chosen export to ``target`` in the background; ``exported`` says when."""
        delimiter = str(self.delimiter.currentData())
        self._preferences.csv_delimiter = delimiter
        options = {
            "fmt": self.chosen_format(),
            "exported_at": self._clock(),
            "attempt_id": self.attempt.currentData() if self.one_button.isChecked() else None,
            "delimiter": delimiter,
            "words": self._words,
            "headers": self._words_of_export.csv_headers(),
        }
        self.export_button.setEnabled(False)
        self._writing = True
        self.status.setText(self.tr("Writing {0}…").format(target.name))
        db_path = self._db_path
        self._runner.run(
            lambda: _write(db_path, target, options),
            lambda written: self._on_done(written, ""),
            self._on_error,
        )

    def wait(self, milliseconds: int = 30_000) -> bool:
        return self._runner.wait(milliseconds)

    def default_file_name(self) -> str:
        """ "Name - set-id - date.csv" (the set when the export holds one set only)."""
        one = self.attempt.currentData() if self.one_button.isChecked() else None
        set_ids = [self._set_ids[one]] if one in self._set_ids else self._set_ids.values()
        return default_export_name(
            self._student_name,
            set_ids,
            self._clock().date(),
            self.chosen_format(),
            self.tr("quizapp results"),
        )

    def _on_export(self) -> None:
        csv = self.chosen_format() == "csv"
        dialog = self._words_of_export.save_dialog(self, self.default_file_name(), csv)
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.save_dialog = dialog
        dialog.open()

    def done(self, result: int) -> None:
        """Closed (Close, Escape), the dialog is deleted on the GUI thread, once the export it
        is writing has said how it went: each opening left one more hidden child of the
        window, alive as long as the app."""
        super().done(result)
        if not self._writing:
            self.deleteLater()

    def _on_error(self, error: Exception) -> None:
        """A file or store error is said in the dialog; any other is a bug and raised (the
        dialog stays writing, as when the worker raised it)."""
        if not isinstance(error, _EXPECTED):
            raise error
        self._on_done(None, str(error))

    def _on_done(self, written: Path | None, message: str) -> None:
        self._writing = False
        if not self.isVisible():  # closed while writing: its turn to go now
            self.deleteLater()
        self.export_button.setEnabled(True)
        if written is None:
            self.status.setText(self.tr("The file could not be written: {0}").format(message))
            self.failed.emit(message)
        else:
            self.status.setText(self.tr("Saved: {0}").format(str(written)))
            self.exported.emit(written)

    def _update(self) -> None:
        self.attempt.setEnabled(self.one_button.isChecked())
        self.delimiter.setEnabled(self.chosen_format() == "csv")


def _attempt_text(attempt: Attempt, pass_mark: float) -> str:
    """When, which set, and the score rounded as the results screen and the library round
    it (``score_figures``): 5 points of 12 under a 60 % mark read « 41% » there and « 42% »
    here, beside the attempt the student had just finished (teacher50)."""
    fraction = attempt.score
    shown = "–" if fraction is None else f"{shown_percent(fraction, reaches(fraction, pass_mark))}%"
    return f"{attempt.started_at[:16].replace('T', ' ')} — {attempt.set_title} — {shown}"
