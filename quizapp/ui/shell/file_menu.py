"""The main window's menus and their actions: File (open, recent files, import a question
bank, export a set for Moodle, the library, quit; the editor's entries), Tools (class
results) and View.

A mixin of the main window, as ``after_quiz`` is: the menus hang on the window's menu bar and
call its methods. Their texts are the window's own (``MainWindow._retranslate`` sets them in
its translation context), so no string is written here. Moved out of main_window.py (tidy23),
which passed 300 lines.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QKeySequence

from quizapp.ui.shell.recent_files import RecentFiles
from quizapp.ui.shell.view_menus import ViewMenus
from quizapp.ui.teacher.actions import TeacherActions


class FileMenu:
    """Mixin of ``MainWindow``: it has ``menuBar``, ``_settings``, ``_on_open_dialog``,
    ``open_in_background``, ``_open_sets_words``, ``show_library``, ``close`` and
    ``library`` (its selected set is the one Export for Moodle writes)."""

    menuBar: Any
    _settings: Any
    _on_open_dialog: Any
    open_in_background: Any
    _open_sets_words: Any
    show_library: Any
    close: Any
    library: Any

    def _build_menus(self) -> None:
        """Menus and actions; their texts are set by ``_retranslate``, shortcuts show in them."""
        file_menu = self.file_menu = self.menuBar().addMenu("")
        open_action = self.open_action = QAction(self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self._on_open_dialog)
        file_menu.addAction(open_action)
        from quizapp.ui.editor.shell_entry import EditorEntryPoints

        self.editor_entry = EditorEntryPoints(self, self._settings)
        self._recent_menu = file_menu.addMenu("")
        self.recent = RecentFiles(self._settings, self._recent_menu, self.open_in_background)
        self.teacher = TeacherActions(self, self.open_in_background, self._open_sets_words,
                                      lambda: self.library.selected())  # fmt: skip
        file_menu.addAction(self.teacher.import_action)
        file_menu.addAction(self.teacher.export_action)
        library_action = self.library_action = QAction(self)
        library_action.setShortcut(QKeySequence("Ctrl+L"))
        library_action.triggered.connect(self.show_library)
        file_menu.addAction(library_action)
        file_menu.addSeparator()
        quit_action = self.quit_action = QAction(self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.tools_menu = self.menuBar().addMenu("")
        self.tools_menu.addAction(self.teacher.class_results_action)
        self.view_menus = ViewMenus(self, self._settings)
        self.recent.rebuild_menu()
