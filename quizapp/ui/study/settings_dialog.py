"""The learner's settings: their name (stamped on results), confidence questions, CSV style.

The name lives in the results database, because it travels with the results a teacher
collects; the two display preferences live in the window's QSettings.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from quizapp.results.database import ResultsDB
from quizapp.results.records import ResultsError
from quizapp.ui.common import RetranslateOnLanguageChange, plain_label
from quizapp.ui.shell.i18n import current_language

ASK_CONFIDENCE_KEY = "study/ask_confidence"
CSV_DELIMITER_KEY = "export/csv_delimiter"
MAX_NAME_LENGTH = 120


class StudySettings:
    """Typed access to the two preferences kept in QSettings."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    @property
    def ask_confidence(self) -> bool:
        value = self._settings.value(ASK_CONFIDENCE_KEY, False)
        return value is True or str(value).lower() in ("true", "1")  # INI files give text back

    @ask_confidence.setter
    def ask_confidence(self, on: bool) -> None:
        self._settings.setValue(ASK_CONFIDENCE_KEY, bool(on))

    @property
    def csv_delimiter(self) -> str:
        """The learner's choice; by default ``;`` (and decimal commas) when the UI is French."""
        default = ";" if current_language() == "fr" else ","
        return ";" if self._settings.value(CSV_DELIMITER_KEY, default) == ";" else ","

    @csv_delimiter.setter
    def csv_delimiter(self, delimiter: str) -> None:
        self._settings.setValue(CSV_DELIMITER_KEY, ";" if delimiter == ";" else ",")


def delimiter_choices(widget: QWidget) -> list[tuple[str, str]]:
    """The CSV styles a learner can pick from, in words rather than punctuation."""
    translate = QCoreApplication.translate
    return [
        (translate("StudySettings", "Comma (,) and decimal point: most spreadsheets"), ","),
        (
            translate(
                "StudySettings", "Semicolon (;) and decimal comma: spreadsheets set to French"
            ),
            ";",
        ),
    ]


class SettingsDialog(RetranslateOnLanguageChange, QDialog):
    """Name, confidence on or off, CSV delimiter; applied when the learner presses OK."""

    def __init__(
        self,
        preferences: StudySettings,
        db: ResultsDB,
        parent: QWidget | None = None,
        quiz_running: bool = False,
    ):
        super().__init__(parent)
        self._quiz_running = quiz_running
        self._preferences = preferences
        self._db = db
        self._build_fields(preferences)
        form = self._build_form(quiz_running)
        self._why = plain_label("", self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._why)
        layout.addWidget(buttons)
        self._retranslate()

    def _build_fields(self, preferences: StudySettings) -> None:
        """The name (as stored), confidence on or off, and the CSV style, as they are now."""
        self.name = QLineEdit(self)
        self.name.setMaxLength(MAX_NAME_LENGTH)
        self.name.setText(self._stored_name())
        self.confidence = QCheckBox(self)
        self.confidence.setChecked(preferences.ask_confidence)
        self.delimiter = QComboBox(self)
        for text, value in delimiter_choices(self):
            self.delimiter.addItem(text, value)
        self.delimiter.setCurrentIndex(max(0, self.delimiter.findData(preferences.csv_delimiter)))

    def _build_form(self, quiz_running: bool) -> QFormLayout:
        """The fields with their labels, and the note shown while a quiz is running."""
        self._name_label, self._delimiter_label = QLabel(self), QLabel(self)
        self._name_label.setBuddy(self.name)  # its & letter reaches the field
        self._delimiter_label.setBuddy(self.delimiter)
        form = QFormLayout()
        form.addRow(self._name_label, self.name)
        form.addRow("", self.confidence)
        self.confidence_note = plain_label("", self)
        self.confidence_note.setVisible(quiz_running)
        form.addRow("", self.confidence_note)
        form.addRow(self._delimiter_label, self.delimiter)
        return form

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setPlaceholderText(self.tr("as your teacher should see it"))
        self.confidence.setText(self.tr("Ask me after each answer whether I am &sure"))
        self.confidence_note.setText(
            self.tr("A quiz is running: this applies from its next question.")
        )
        self.confidence.setAccessibleDescription(
            self.confidence_note.text() if self._quiz_running else ""
        )
        self.delimiter.setAccessibleName(self.tr("CSV style"))
        for index, (text, _) in enumerate(delimiter_choices(self)):
            self.delimiter.setItemText(index, text)
        self._name_label.setText(self.tr("Your &name:"))
        self._delimiter_label.setText(self.tr("CSV &style:"))
        self._why.setText(
            self.tr(
                "Your name is written into the results files you export, so that your teacher "
                "knows whose they are. Saying how sure you are shows, on the results screen, "
                "how often your sure answers were right."
            )
        )

    def _stored_name(self) -> str:
        try:
            return self._db.student_name or ""
        except ResultsError:
            return ""

    def accept(self) -> None:
        self._preferences.ask_confidence = self.confidence.isChecked()
        self._preferences.csv_delimiter = str(self.delimiter.currentData())
        try:
            self._db.set_student_name(self.name.text())
        except ResultsError as error:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Settings"), "", parent=self)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setText(self.tr("Your name could not be saved: {0}").format(error))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return
        super().accept()
