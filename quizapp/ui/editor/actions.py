"""What the editor's menus and buttons do: questions added, copied, deleted and moved, a
selection of the article turned into passages and questions, saving, trying, the article and
pictures brought in from files. Each change to the set is one undoable command."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMenu, QMessageBox, QPushButton, QWidget

from quizapp.model import QUESTION_TYPES
from quizapp.sets.editing import new_questions as make
from quizapp.sets.editing.commands import Batch, InsertItem, MoveItem, RemoveItem, SetValue
from quizapp.ui.editor.question_form import type_names
from quizapp.ui.editor.rows import _as_list_then

if TYPE_CHECKING:
    from quizapp.ui.editor.window import EditorWindow

DRAFT_MODULE = "quizapp.ui.editor.draft_review"
IMAGE_FILTER = "*.png *.jpg *.jpeg *.gif *.webp"


class EditorActions(QObject):
    """The window's actions; ``actions[name]`` for tests and shortcuts."""

    def __init__(self, window: EditorWindow) -> None:
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        self.add_menu = QMenu(window)
        for kind, words in type_names(window).items():
            action = self.add_menu.addAction(words)
            action.triggered.connect(lambda _=False, k=kind: self.add_question(k))
            self.actions[f"add_{kind}"] = action

    def _action(self, name: str, text: str, slot: Any, keys: str = "") -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        self.actions[name] = action
        return action

    def build_menus(self) -> None:
        w, bar = self.window, self.window.menuBar()
        file_menu = bar.addMenu(w.tr("&File"))
        for name, text, slot, keys in (
            ("new", w.tr("&New set…"), self.new_set, "Ctrl+N"),
            ("open", w.tr("&Open a set…"), self.open_set, "Ctrl+O"),
            ("save", w.tr("&Save"), self.save, "Ctrl+S"),
            ("save_as", w.tr("Save &as…"), self.save_as, "Ctrl+Shift+S"),
            ("open_article", w.tr("Open an &article file…"), self.open_article, ""),
            ("close", w.tr("&Close"), w.close, "Ctrl+W"),
        ):
            file_menu.addAction(self._action(name, text, slot, keys))
        edit_menu = bar.addMenu(w.tr("&Edit"))
        edit_menu.addAction(self._action("undo", w.tr("&Undo"), w.draft.undo, "Ctrl+Z"))
        edit_menu.addAction(self._action("redo", w.tr("&Redo"), w.draft.redo, "Ctrl+Shift+Z"))
        self.actions["redo"].setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        question_menu = bar.addMenu(w.tr("&Question"))
        self.add_menu.setTitle(w.tr("&Add a question"))
        question_menu.addMenu(self.add_menu)
        for name, text, slot, keys in (
            ("duplicate", w.tr("&Duplicate"), self.duplicate_question, "Ctrl+D"),
            ("delete", w.tr("De&lete"), self.delete_question, "Ctrl+Delete"),
            ("move_up", w.tr("Move &up"), lambda: self.move_question(-1), "Alt+Up"),
            ("move_down", w.tr("Move do&wn"), lambda: self.move_question(1), "Alt+Down"),
            ("try_question", w.tr("&Try this question"), self.try_question, "Ctrl+T"),
            ("try_set", w.tr("Try the &whole set"), self.try_set, "Ctrl+Shift+T"),
        ):
            question_menu.addAction(self._action(name, text, slot, keys))
        self._action("draft", w.tr("&Draft questions from the article…"), self.draft_questions)
        self.actions["draft"].setVisible(importlib.util.find_spec(DRAFT_MODULE) is not None)
        w.article.draft_button.setVisible(self.actions["draft"].isVisible())
        question_menu.addAction(self.actions["draft"])
        w.article.open_requested.connect(self.open_article)
        w.article.draft_requested.connect(self.draft_questions)
        w.article.selection_used.connect(self.use_selection)
        w.questions.moved.connect(self._move)
        self.update_enabled()

    def list_buttons(self, parent: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        add = QPushButton(self.window.tr("&New question"), parent)
        add.setMenu(self.add_menu)
        copy = QPushButton(self.window.tr("Dup&licate"), parent)
        copy.clicked.connect(self.duplicate_question)
        delete = QPushButton(self.window.tr("Delete"), parent)
        delete.clicked.connect(self.delete_question)
        for button in (add, copy, delete):
            row.addWidget(button)
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

    def _insert(self, question: dict, text: str = "") -> None:
        w = self.window
        index = w.current_question()
        at = len(w._question_data()) if index is None else index + 1
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
        w.draft.apply(RemoveItem(("questions",), index, text=w.tr("Delete")))
        w.questions.select_question(
            min(index, len(w._question_data()) - 1) if w._question_data() else None
        )
        w.statusBar().showMessage(w.tr("Question deleted (Ctrl+Z brings it back)."), 6000)

    def move_question(self, delta: int) -> None:
        index = self.window.current_question()
        if index is not None:
            self._move(index, index + delta)

    def _move(self, source: int, target: int) -> None:
        w = self.window
        if 0 <= target < len(w._question_data()) and source != target:
            w.draft.apply(MoveItem(("questions",), source, target))
            w.questions.select_question(target)

    # ----- a selection of the article ---------------------------------------------------------

    def use_selection(self, action: str, text: str) -> None:
        w = self.window
        passage = make.tidy_passage(text)
        index = w.current_question()
        question = w._question_data()[index] if index is not None else {}
        kind = question.get("type") if isinstance(question, dict) else None
        if action == "who":
            prompt = w.tr("Who says “{0}”?").format(passage)
            self._insert(make.who_said_from_quote(w.draft.data, passage, prompt))
        elif action == "classify" and kind == "classify":
            items = question.get("items") or []
            item = {
                "claim": passage,
                "label": make.first_label(w.draft.data),
                "evidence": [passage],
            }
            w.draft.apply(InsertItem(("questions", index, "items"), len(items), item))
        elif action == "classify":
            prompt = w.tr("Where does each claim come from?")
            self._insert(make.classify_from_sentence(w.draft.data, passage, prompt))
        elif action == "locate" and kind == "locate":
            self._add_passage(("questions", index, "answer"), passage)
        elif action == "locate":
            self._insert(make.locate_from_passage(w.draft.data, passage, ""))
        elif action == "evidence" and index is not None:
            target = w.passage_target
            if target is None or target[:2] != ("questions", index) or target[-1] != "evidence":
                target = ("questions", index, "evidence")
            self._add_passage(target, passage)
        elif action == "evidence":
            w.statusBar().showMessage(w.tr("Choose a question first, then add evidence."), 6000)

    def _add_passage(self, path: tuple, passage: str) -> None:
        w = self.window
        current = w.draft.get(path, [])
        count = 1 if isinstance(current, str) else len(current) if isinstance(current, list) else 0
        command = InsertItem(path, count, passage, text=w.tr("Use as evidence"))
        w.draft.apply(_as_list_then(w.panel_binder, path, command))

    # ----- trying -----------------------------------------------------------------------------

    def try_question(self) -> None:
        index = self.window.current_question()
        if index is not None:
            data = dict(self.window.draft.data)
            data["questions"] = [self.window._question_data()[index]]
            self._try(data)

    def try_set(self) -> None:
        self._try(self.window.draft.data)

    def _try(self, data: dict) -> None:
        from quizapp.sets.checking import check_text
        from quizapp.sets.editing.writer import set_text
        from quizapp.sets.errors import LoadError
        from quizapp.ui.editor.preview import PreviewWindow

        w = self.window
        path, _, images = w._check_place()
        try:
            quiz = check_text(set_text(data), path, images=images).quiz
        except LoadError as error:
            lines = "\n".join(problem.message for problem in error.problems[:10])
            QMessageBox.information(
                w, w.tr("Not ready to try"), w.tr("Fix these first:\n{0}").format(lines)
            )
            return
        folder = w.files.path.parent if w.files.path else None
        self.preview = PreviewWindow(quiz, folder, w)
        self.preview.show()

    # ----- files ------------------------------------------------------------------------------

    def new_set(self) -> None:
        from quizapp.ui.editor.entry import open_new_editor

        open_new_editor(self.window.settings, self.window.files.data_folder, self.window.parent())

    def open_set(self) -> None:
        from quizapp.ui.editor.entry import open_editor_on_file

        w = self.window
        name, _ = QFileDialog.getOpenFileName(
            w,
            w.tr("Open a question set"),
            "",
            w.tr("Question sets (*.quiz.yaml *.quiz.yml *.quiz.json)"),
        )
        if name:
            open_editor_on_file(w.settings, w.files.data_folder, Path(name), w.parent())

    def save(self) -> bool:
        w = self.window
        if w.files.path is None:
            return self.save_as()
        return self._write(w.files.path)

    def save_as(self) -> bool:
        w = self.window
        suggested = (str(w.draft.get(("id",), "")) or "new-set") + ".quiz.yaml"
        folder = w.files.path.parent if w.files.path else Path.home()
        name, _ = QFileDialog.getSaveFileName(
            w,
            w.tr("Save the set"),
            str(folder / suggested),
            w.tr("Question sets (*.quiz.yaml *.quiz.json)"),
        )
        if not name:
            return False
        path = Path(name)
        if not path.name.endswith((".quiz.yaml", ".quiz.yml", ".quiz.json")):
            path = path.with_name(path.name.removesuffix(".yaml") + ".quiz.yaml")
        return self._write(path)

    def _write(self, path: Path) -> bool:
        w = self.window
        if path == w.files.path and w.files.disk_changed():
            answer = QMessageBox.question(
                w,
                w.tr("Changed on disk"),
                w.tr(
                    "Another program changed {0} since you opened it. Replace it with your version?"
                ).format(path.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            w.files.save(path)
        except OSError as error:
            QMessageBox.warning(
                w,
                w.tr("Not saved"),
                w.tr("Cannot write {0}: {1}").format(path, error.strerror or error),
            )
            return False
        w.disk_notice.setVisible(False)
        w._update_title()
        w.checker.schedule()
        errors = sum(not p.warning for p in w.checker.check_now())
        if errors:
            message = w.tr("Saved. %n problem(s) are left to fix: they are listed.", "", errors)
        else:
            message = w.tr("Saved. The set is ready.")
        w.statusBar().showMessage(message, 10000)
        return True

    def ask_to_save(self) -> bool:
        """On close with unsaved changes: save, discard or stay. True to go on closing."""
        w = self.window
        buttons = (
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        answer = QMessageBox.question(
            w,
            w.tr("Unsaved changes"),
            w.tr("Save the changes to this set before closing?"),
            buttons,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def open_article(self) -> None:
        from quizapp.sets.articles import ArticleError, read_article
        from quizapp.ui.editor.entry import article_error_text

        w = self.window
        name, _ = QFileDialog.getOpenFileName(
            w, w.tr("Open an article"), "", w.tr("Articles (*.txt *.html *.htm *.docx)")
        )
        if not name:
            return
        try:
            article = read_article(Path(name))
        except ArticleError as error:
            QMessageBox.warning(w, w.tr("Article not read"), article_error_text(w, error))
            return
        self.use_article(article)

    def use_article(self, article: Any) -> None:
        values = {
            "text": article.text,
            "title": article.title,
            "outlet": article.outlet,
            "url": article.url,
            "date": article.date,
        }
        commands = [SetValue(("article", key), value) for key, value in values.items() if value]
        if commands:
            self.window.draft.apply(Batch(commands, text=self.window.tr("Open an article")))

    def choose_image(self) -> None:
        w = self.window
        index = w.current_question()
        if index is None:
            return
        if w.files.path is None:
            QMessageBox.information(
                w, w.tr("Image"), w.tr("Save the set first: its pictures are kept in its folder.")
            )
            return
        name, _ = QFileDialog.getOpenFileName(
            w, w.tr("Choose a picture"), "", w.tr("Pictures ({0})").format(IMAGE_FILTER)
        )
        if name:
            relative = copy_into_set_folder(Path(name), w.files.path.parent)
            w.draft.apply(SetValue(("questions", index, "image"), relative))

    def draft_questions(self) -> None:
        from quizapp.ui.editor.drafting import run_drafter

        run_drafter(self.window, self._insert_many)

    def _insert_many(self, questions: list[dict]) -> None:
        w = self.window
        start = len(w._question_data())
        commands = [InsertItem(("questions",), start + i, q) for i, q in enumerate(questions)]
        if commands:
            w.draft.apply(Batch(commands, text=w.tr("Drafted questions")))
            w.questions.select_question(start)


def copy_into_set_folder(picture: Path, folder: Path) -> str:
    """Copy ``picture`` into ``folder/images`` (a new name if taken); its path for the file."""
    if picture.resolve().is_relative_to(folder.resolve()):
        return picture.resolve().relative_to(folder.resolve()).as_posix()
    images = folder / "images"
    images.mkdir(exist_ok=True)
    target = images / picture.name
    number = 2
    while target.exists():
        target = images / f"{picture.stem}-{number}{picture.suffix}"
        number += 1
    shutil.copyfile(picture, target)
    return target.relative_to(folder).as_posix()
