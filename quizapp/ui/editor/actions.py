"""What the editor's menus and buttons do: questions added, copied, deleted and moved,
saving, trying, exporting for Moodle, the article and pictures brought in from files. What a
selection of the article becomes is ``selection_use``'s. Each change to the set is one
undoable command."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QGridLayout, QMenu, QPushButton, QWidget

from quizapp.model import QUESTION_TYPES
from quizapp.sets.editing import new_questions as make
from quizapp.sets.editing.commands import Batch, Command, InsertItem, MoveItem, RemoveItem
from quizapp.ui.editor.disk.file_actions import FileActions
from quizapp.ui.editor.disk.hand_out import HandOut
from quizapp.ui.editor.disk.set_export import EditorExport
from quizapp.ui.editor.forms.question_form import type_names
from quizapp.ui.editor.selection_use import SelectionUse

DRAFT_MODULE = "quizapp.ui.draft.draft_review"


def with_letters(texts: Sequence[str]) -> list[str]:
    """Each of ``texts`` with an Alt letter of its own (``&``), for a menu whose entries are
    words used elsewhere without one (the question types of « Add a question »): a word's
    first letter no entry before took, else any letter not taken (claims48: no two entries
    of a menu share one, in any language)."""
    taken: set[str] = set()
    marked = []
    for text in texts:
        plain = text.replace("&", "&&")
        starts = [m.start() for m in re.finditer(r"(?<!\w)\w", plain)]
        letters = [n for n, char in enumerate(plain) if char.isalpha()]
        at = next((n for n in starts + letters if plain[n].casefold() not in taken), None)
        if at is not None:
            taken.add(plain[at].casefold())
            plain = plain[:at] + "&" + plain[at:]
        marked.append(plain)
    return marked


class EditorActions(SelectionUse, QObject):
    """The window's actions; ``actions[name]`` for tests and shortcuts."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        self.files = FileActions(window)
        self.export = EditorExport(window, self.files)
        self.hand_out = HandOut(window, self.files)  # what to send students (teacher51)
        self.add_menu = QMenu(window)
        for kind in QUESTION_TYPES:
            action = self.add_menu.addAction(kind)
            action.triggered.connect(lambda _=False, k=kind: self.add_question(k))
            self.actions[f"add_{kind}"] = action

    def _action(self, name: str, slot: Any, keys: str = "") -> QAction:
        action = QAction(self.window)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        self.actions[name] = action
        return action

    def build_menus(self) -> None:
        w, bar = self.window, self.window.menuBar()
        for menu_name, entries in self._menu_entries().items():
            menu = self.menus[menu_name] = bar.addMenu("")
            if menu_name == "question":
                menu.addMenu(self.add_menu)
            for name, slot, keys in entries:
                menu.addAction(self._action(name, slot, keys))
        self._set_special_keys()
        has_drafter = importlib.util.find_spec(DRAFT_MODULE) is not None
        self.actions["draft"].setVisible(has_drafter)
        w.article.draft_button.setVisible(has_drafter)
        from quizapp.ui.shell.view_menus import ViewMenus

        self.view_menus = ViewMenus(w, w.settings)  # zoom, theme and language, as everywhere
        self._connect_window()
        self.retranslate()
        self.update_enabled()

    def _menu_entries(self) -> dict[str, list[tuple[str, Any, str]]]:
        """Each menu's actions in order: (name, slot, shortcut); texts come in retranslate."""
        w, f = self.window, self.files
        return {
            "file": [
                ("new", f.new_set, "Ctrl+N"),
                ("open", f.open_set, "Ctrl+O"),
                ("save", f.save, "Ctrl+S"),
                ("save_as", f.save_as, "Ctrl+Shift+S"),
                ("hand_out", self.hand_out.explain, ""),
                ("export", self.export.export, ""),
                ("open_article", f.open_article, ""),
                ("close", w.close, "Ctrl+W"),
            ],
            "edit": [("undo", w.draft.undo, "Ctrl+Z"), ("redo", w.draft.redo, "Ctrl+Shift+Z")],
            "question": [
                ("duplicate", self.duplicate_question, "Ctrl+D"),
                ("delete", self.delete_question, ""),
                ("move_up", lambda: self.move_question(-1), "Alt+Up"),
                ("move_down", lambda: self.move_question(1), "Alt+Down"),
                ("try_question", f.try_question, "Ctrl+T"),
                ("try_set", f.try_set, "Ctrl+Shift+T"),
                ("draft", self.draft_questions, ""),
            ],
        }

    def _set_special_keys(self) -> None:
        """Redo's second shortcut, and Delete only in the question list, never in a field."""
        self.actions["redo"].setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.actions["delete"].setShortcut(QKeySequence.StandardKey.Delete)
        self.actions["delete"].setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.window.questions.addAction(self.actions["delete"])

    def _connect_window(self) -> None:
        """The article pane's and the question list's requests, to what carries them out."""
        w, f = self.window, self.files
        w.article.open_requested.connect(f.open_article)
        w.article.text.pasted_whole.connect(f.use_pasted)
        w.article.draft_requested.connect(self.draft_questions)
        w.article.selection_used.connect(self.use_selection)
        w.questions.moved.connect(self._move)
        # the row chosen decides what Delete / Duplicate can do, whatever redraws the form
        w.questions.currentRowChanged.connect(lambda _row: self.update_enabled())
        w.questions.itemSelectionChanged.connect(self.update_enabled)

    def retranslate(self) -> None:
        """Every menu title, action and button in the interface's language: called at start
        and again whenever the teacher switches language, so no word is left in the old one."""
        for name, title in self._menu_titles().items():
            self.menus[name].setTitle(title)
        for name, text in self._action_texts().items():
            self.actions[name].setText(text)
        self._retranslate_add_menu()
        self.view_menus.retranslate()
        for button, text in zip(self.list_button_widgets, self._list_texts(), strict=True):
            button.setText(text)

    def _menu_titles(self) -> dict[str, str]:
        """The menu bar's titles, by menu name (``menus``)."""
        return {
            "file": self.tr("&File"),
            "edit": self.tr("&Edit"),
            "question": self.tr("&Question"),
        }

    def _action_texts(self) -> dict[str, str]:
        """The menus' entries, by action name (``actions``); each Alt letter is its menu's own."""
        return {
            "new": self.tr("&New set…"),
            "open": self.tr("&Open a set…"),
            "save": self.tr("&Save"),
            "save_as": self.tr("Save &as…"),
            "hand_out": self.tr("&Hand out to students…"),
            "export": self.tr("Export the set for &Moodle (XML, GIFT)…"),
            "open_article": self.tr("Open an a&rticle file…"),
            "close": self.tr("&Close"),
            "undo": self.tr("&Undo"),
            "redo": self.tr("&Redo"),
            "duplicate": self.tr("Du&plicate"),
            "delete": self.tr("De&lete"),
            "move_up": self.tr("Move &up"),
            "move_down": self.tr("Move dow&n"),
            "try_question": self.tr("&Try this question"),
            "try_set": self.tr("Try the &whole set"),
            "draft": self.tr("&Draft questions from the article…"),
        }

    def _retranslate_add_menu(self) -> None:
        """« Add a question » and its entries, the question types' names with Alt letters
        given here (``with_letters``): the same names elsewhere carry none."""
        self.add_menu.setTitle(self.tr("&Add a question"))
        names = type_names(self.window)
        for kind, words in zip(names, with_letters(list(names.values())), strict=True):
            self.actions[f"add_{kind}"].setText(words)

    def _list_texts(self) -> tuple[str, str, str]:
        return self.tr("&New question"), self.tr("Dup&licate"), self.tr("Delete")

    def list_buttons(self, parent: QWidget) -> QGridLayout:
        """ "New question" on its own line, the two others under it: a narrow list stays usable."""
        row = QGridLayout()
        add = QPushButton(parent)
        add.setMenu(self.add_menu)
        copy = QPushButton(parent)
        copy.clicked.connect(self.duplicate_question)
        delete = QPushButton(parent)
        delete.clicked.connect(self.delete_question)
        row.addWidget(add, 0, 0, 1, 2)
        row.addWidget(copy, 1, 0)
        row.addWidget(delete, 1, 1)
        self.list_button_widgets = (add, copy, delete)
        self.row_buttons = (copy, delete)
        return row

    def update_enabled(self) -> None:
        w = self.window
        has_question = w.current_question() is not None
        for name in ("duplicate", "delete", "move_up", "move_down", "try_question"):
            if name in self.actions:
                self.actions[name].setEnabled(has_question)
        for button in getattr(self, "row_buttons", ()):
            button.setEnabled(has_question)
        if "undo" in self.actions:
            self.actions["undo"].setEnabled(w.draft.can_undo())
            self.actions["redo"].setEnabled(w.draft.can_redo())

    # ----- questions --------------------------------------------------------------------------

    def _insert_at(self) -> int:
        """Where new questions go, whichever way they are made (a button, a selection, the
        drafter): right after the question shown, or at the end when none is."""
        index = self.window.current_question()
        return len(self.window._question_data()) if index is None else index + 1

    def _insert(self, question: dict, text: str = "") -> None:
        w = self.window
        at = self._insert_at()
        w.draft.apply(InsertItem(("questions",), at, question, text=text))
        w.questions.select_question(at)
        if w.form is not None and hasattr(w.form, "prompt"):
            w.form.prompt.setFocus()

    def add_question(self, kind: str) -> None:
        if kind in QUESTION_TYPES:
            self._insert(make.blank_question(self.window.draft.data, kind))

    def duplicate_question(self) -> None:
        w = self.window
        index = w.current_question()
        if index is not None:
            self._insert(make.duplicate(w.draft.data, w._question_data()[index]))

    def delete_question(self) -> None:
        w = self.window
        index = w.current_question()
        if index is None:
            return
        w.draft.apply(RemoveItem(("questions",), index, text=self.tr("Delete")))
        w.questions.select_question(
            min(index, len(w._question_data()) - 1) if w._question_data() else None
        )
        w.statusBar().showMessage(self.tr("Question deleted (Ctrl+Z brings it back)."), 6000)

    def move_question(self, delta: int) -> None:
        index = self.window.current_question()
        if index is not None:
            self._move(index, index + delta)

    def _move(self, source: int, target: int) -> None:
        w = self.window
        if 0 <= target < len(w._question_data()) and source != target:
            w.draft.apply(MoveItem(("questions",), source, target))
            w.questions.select_question(target)

    def draft_questions(self) -> None:
        from quizapp.ui.editor.drafting import run_drafter

        run_drafter(self.window, self._insert_many)

    def _insert_many(self, questions: list[dict], extra: Sequence[Command] = ()) -> None:
        """Questions added where a new one goes, with ``extra`` changes (skill names), as one
        step."""
        w = self.window
        start = self._insert_at()
        commands: list[Command] = list(extra)
        commands += [InsertItem(("questions",), start + i, q) for i, q in enumerate(questions)]
        if questions:
            w.draft.apply(Batch(commands, text=self.tr("Drafted questions")))
            w.questions.select_question(start)
