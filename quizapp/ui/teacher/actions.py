"""The teacher's menu actions: File > Import…, File > Export for Moodle… and Tools > Class
results….

Kept out of main_window.py so the window only adds two actions to its menus; what they do
(importing in the background, the class window) lives here and in the modules they call.
Those modules (the Moodle formats, defusedxml, the class tables) load on first use: a student
who never imports anything should not wait for them at start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from quizapp.model import SetWords
from quizapp.ui.background import BackgroundRunner

if TYPE_CHECKING:
    from quizapp.ui.teacher.class_results_view import ClassResultsWindow
    from quizapp.ui.teacher.import_dialog import ImportController
    from quizapp.ui.teacher.moodle_export import MoodleExport


class TeacherActions(QObject):
    """Owns the three actions, the importer and the one class results window."""

    def __init__(
        self,
        window: QWidget,
        open_set: Callable[[Path], None],
        known_words: Callable[[], Mapping[str, SetWords]] | None = None,
        selected_set: Callable[[], Any] = lambda: None,
    ) -> None:
        """``known_words``: prompts and skill names of the sets open in the window;
        ``selected_set``: the library entry selected, which Export for Moodle writes."""
        super().__init__(window)
        self._known_words = known_words
        self._selected_set = selected_set
        self._exporter: MoodleExport | None = None
        self._window = window
        self.runner = BackgroundRunner(self)
        self._open_set = open_set
        self._importer: ImportController | None = None
        self.import_action = QAction(window)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(lambda: self.importer.ask_and_import())
        self.export_action = QAction(window)
        self.export_action.triggered.connect(lambda: self.exporter.ask_and_export())
        self.class_results_action = QAction(window)
        self.class_results_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.class_results_action.triggered.connect(self.show_class_results)
        self.class_window: ClassResultsWindow | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """The actions' texts (the window calls this when the language changes)."""
        self.import_action.setText(self.tr("&Import from Moodle (GIFT, XML, Aiken)…"))
        self.export_action.setText(self.tr("Export the set for &Moodle (XML, GIFT)…"))
        self.class_results_action.setText(self.tr("&Class results…"))

    @property
    def importer(self) -> ImportController:
        """The import flow, built the first time it is asked for."""
        if self._importer is None:
            from quizapp.ui.teacher.import_dialog import ImportController

            self._importer = ImportController(self._window, self._open_set, self.runner)
        return self._importer

    @property
    def exporter(self) -> MoodleExport:
        """Export for Moodle, built the first time it is asked for."""
        if self._exporter is None:
            from quizapp.ui.teacher.moodle_export import MoodleExport

            self._exporter = MoodleExport(self._window, self._selected_set, self._review)
        return self._exporter

    def _review(self, entry: Any, index: int) -> None:
        """Export's « Review them »: the set in the editor, on the question (ui39)."""
        editors = getattr(self._window, "editor_entry", None)
        if editors is not None:
            editors.review_question(entry, index)

    def takes_bank(self, path: Path) -> bool:
        """A GIFT, Aiken or Moodle XML file given to the library (dropped on it, or named in
        File > Open) is imported, as File > Import… does; False for any other file. Moodle
        saves GIFT as .txt: read as an article, it opened a new set on its answer lines."""
        from quizapp.interchange.sniff import bank_format

        if bank_format(path) is None:
            return False
        self.importer.import_path(path)
        return True

    def show_class_results(self) -> ClassResultsWindow:
        """Show the class results window, bringing back the one already open."""
        if self.class_window is None:
            from quizapp.ui.teacher.class_results_view import ClassResultsWindow

            self.class_window = ClassResultsWindow(self._window, self._known_words)
        self.class_window.show()
        self.class_window.raise_()
        self.class_window.activateWindow()
        return self.class_window

    def wait(self) -> None:
        """Stop what can stop and let the rest end before the window goes (on closing)."""
        self.runner.cancel()
        self.runner.wait()
        if self.class_window is not None:
            self.class_window.runner.wait()
