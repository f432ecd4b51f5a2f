"""The editor's doors in the main window: File > New set… (Ctrl+N), File > Edit set…, the
library's Edit set button and the same action in the library's context menu; an article file
dropped on the library (or named in File > Open) opens a new set on it.

A set the learner opened from a file is edited in place; a built-in set opens as a copy that
can only be saved elsewhere (Save as), so the shipped set is never changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton

from quizapp.results.datadir import data_dir


class EditorEntryPoints(QObject):
    """Adds the editor's actions to ``window`` (its File menu, its library)."""

    def __init__(self, window: Any, settings: QSettings) -> None:
        super().__init__(window)
        self.window, self.settings = window, settings
        self.new_action = QAction(window)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_set)
        self.edit_action = QAction(window)
        self.edit_action.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_action.triggered.connect(self.edit_selected)
        window.file_menu.addAction(self.new_action)
        window.file_menu.addAction(self.edit_action)
        library = window.library
        self.edit_button = QPushButton(library)
        self.edit_button.clicked.connect(self.edit_selected)
        library.add_button(self.edit_button)
        library.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        first = (library.tree.actions() or [None])[0]  # Edit set… first, Remove after
        library.tree.insertAction(first, self.edit_action)
        library.selection_changed.connect(lambda entry: self._enable(entry is not None))
        self._enable(library.selected() is not None)
        self.retranslate()

    def retranslate(self) -> None:
        self.new_action.setText(self.tr("&New set…"))
        self.edit_action.setText(self.tr("&Edit set…"))
        self.edit_button.setText(self.tr("&Edit set"))
        self.edit_button.setToolTip(
            self.tr("Change the selected set in the editor (a built-in set opens as a copy)")
        )

    def open_filters(self) -> str:
        """The library's File > Open file types: sets, articles and Moodle banks together
        first, as the library opens all three (teacher14: her article.txt was not listed, only
        sets were; a bank exported as .gift or .xml was listed under "All files" only)."""
        sets = "*.quiz.yaml *.quiz.yml *.quiz.json *.yaml *.yml *.json"
        articles = "*.txt *.html *.htm *.docx"
        banks = "*.gift *.xml *.txt"
        return ";;".join(
            (
                self.tr("Question sets, articles and question banks ({0})").format(
                    f"{sets} {articles} *.gift *.xml"
                ),
                self.tr("Question sets ({0})").format(sets),
                self.tr("Articles: text, saved web page, Word ({0})").format(articles),
                self.tr("Moodle question banks: GIFT, Aiken, Moodle XML ({0})").format(banks),
                self.tr("All files (*)"),
            )
        )

    def _enable(self, on: bool) -> None:
        self.edit_action.setEnabled(on)
        self.edit_button.setEnabled(on)

    def data_folder(self) -> Path:
        """Where the editor keeps its recovery files: the main window's data folder (the one
        ``--data-dir`` gave), so one portable folder holds all of the app's own files."""
        return self.window.data_folder or data_dir()

    def new_set(self) -> None:
        from quizapp.ui.editor.entry import open_new_editor

        open_new_editor(self.settings, self.data_folder(), self.window)

    def takes_article(self, path: Path) -> bool:
        """An article file given to the library (dropped on it, or named in File > Open)
        opens a new set on it in the editor, as « Open a file… » beside the article does;
        False for any other file, which the library loads as a set (teacher13: her .docx,
        read as a set, said « not in UTF-8: save it as UTF-8 in your editor »)."""
        from quizapp.ui.editor.entry import is_article, open_editor_on_article

        if not is_article(path):
            return False
        open_editor_on_article(self.settings, self.data_folder(), path, self.window)
        return True

    def edit_selected(self) -> None:
        from quizapp.ui.editor.entry import open_editor_on_file

        entry = self.window.library.selected()
        if entry is not None:
            open_editor_on_file(
                self.settings, self.data_folder(), entry.path, self.window, as_copy=entry.builtin
            )

    def review_question(self, entry: Any, index: int) -> None:
        """The set of library ``entry`` in the editor, on its question ``index``: where the
        export sends a teacher whose set still holds unreviewed questions (ui39)."""
        from quizapp.ui.editor.entry import open_editor_on_file

        editor = open_editor_on_file(self.settings, self.data_folder(), entry.path, self.window,
                                     as_copy=entry.builtin)  # fmt: skip
        if editor is not None:
            editor.questions.select_question(index)
            editor.questions.setFocus()

    def edit_file(self, path: Path) -> None:
        """``path`` in the editor, its problems shown at once in the form's words and the
        cursor in the first field to fix: what the library refused (mend35ui)."""
        from quizapp.ui.editor.entry import open_editor_on_file

        editor = open_editor_on_file(self.settings, self.data_folder(), path, self.window)
        if editor is not None:
            editor.checker.check_now()
            editor.reveal_problems()
            editor.focus_first_problem()
