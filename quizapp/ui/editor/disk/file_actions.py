"""What the editor's File menu does: saving (always possible; a change on disk is asked
about), trying a question or the set in a preview, the article and pictures brought in from
files (``article_files``), and asking before unsaved work is closed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from quizapp.sets.editing.commands import ReplaceSet, SetValue, file_stem
from quizapp.ui.editor.disk.article_files import ArticleFiles
from quizapp.ui.editor.disk.brought_in import copy_into_set_folder
from quizapp.ui.editor.disk.last_folder import remember_folder, start_folder
from quizapp.ui.spoken_notice import SpokenNotice, save_file_name

IMAGE_FILTER = "*.png *.jpg *.jpeg *.gif *.webp"


class FileActions(ArticleFiles, QObject):
    """Saving, opening and trying, for one editor ``window``; the article brought in from a
    file or a paste is ``ArticleFiles``'s."""

    new_requested = Signal()
    open_requested = Signal(object)  # the Path of a set file to edit in another window
    saved = Signal(object)  # the Path just written (the library takes it in)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.preview: Any = None
        self.notice = SpokenNotice(window)  # what is said to a screen reader after saving

    def reload_from_disk(self) -> None:
        """The file as another program left it, replacing this window's version (one step
        that Undo takes back)."""
        from quizapp.sets.safe_yaml.reader import YamlProblem, read_yaml

        w = self.window
        text = w.files.reload_text()
        w.disk_notice.setVisible(False)
        if text is None:
            return
        try:
            data = read_yaml(text)[0]
        except YamlProblem as problem:
            QMessageBox.warning(w, self.tr("Reload"), str(problem))
            return
        if isinstance(data, dict):
            w.draft.apply(ReplaceSet(data, text=self.tr("Reload")))
            w.draft.mark_saved()
            w._update_title()

    # ----- trying -----------------------------------------------------------------------------

    def try_question(self) -> None:
        index = self.window.current_question()
        if index is not None:
            data = dict(self.window.draft.data)
            data["questions"] = [self.window._question_data()[index]]
            self._try(data, [index])

    def try_set(self) -> None:
        self._try(self.window.draft.data, list(range(len(self.window._question_data()))))

    def _try(self, data: dict, numbers: list[int]) -> None:
        """A preview of ``data``, whose questions are the set's ``numbers`` (0-based)."""
        self.window.reveal_problems()
        from quizapp.sets.checking import check_text
        from quizapp.sets.editing.writer import set_text
        from quizapp.sets.errors import LoadError
        from quizapp.ui.editor.preview import PreviewWindow

        w = self.window
        path, _, images = w._check_place()
        text = set_text(data)
        try:
            quiz = check_text(text, path, images=images).quiz
        except LoadError:
            lines = "\n".join(self._not_ready(text, data, numbers)[:10])
            QMessageBox.information(
                w, self.tr("Not ready to try"), self.tr("Fix these first:\n{0}").format(lines)
            )
            return
        folder = w.files.path.parent if w.files.path else None
        self.preview = PreviewWindow(quiz, folder, w)
        self.preview.show()

    def _not_ready(self, text: str, data: dict, numbers: list[int]) -> list[str]:
        """What stops ``text`` from loading, in the form's words (as at the fields, never the
        file's keys) and saying which question, numbered as in the list."""
        from quizapp.sets.editing.live_check import check_text as problems_of
        from quizapp.ui.editor.checking.wording import in_teacher_words

        path, _, images = self.window._check_place()
        lines = []
        for problem in problems_of(text, path, images):
            if problem.warning:
                continue
            message = in_teacher_words(problem, data).message
            index = problem.question
            if index is not None and index < len(numbers):
                message = self.tr("Question {0}: {1}").format(numbers[index] + 1, message)
            lines.append(message)
        return lines

    # ----- files ------------------------------------------------------------------------------

    def new_set(self) -> None:
        self.new_requested.emit()

    def open_set(self) -> None:

        w = self.window
        name, _ = QFileDialog.getOpenFileName(
            w,
            self.tr("Open a question set"),
            str(start_folder(w.settings)),
            self.tr("Question sets (*.quiz.yaml *.quiz.yml *.quiz.json)"),
        )
        if name:
            remember_folder(w.settings, Path(name))
            self.open_requested.emit(Path(name))

    def save(self) -> bool:
        w = self.window
        if w.files.path is None:
            return self.save_as()
        return self._write(w.files.path)

    def save_as(self) -> bool:
        w = self.window
        suggested = (file_stem(str(w.draft.get(("id",), ""))) or "new-set") + ".quiz.yaml"
        folder = w.files.path.parent if w.files.path else start_folder(w.settings)
        name = save_file_name(
            w, self.tr("Save the set"), folder / suggested,
            self.tr("Question sets (*.quiz.yaml *.quiz.json)"),
        )  # fmt: skip
        w.activateWindow()  # the keys come back here after the dialog (no window manager)
        if not name:
            return False
        path = Path(name)
        remember_folder(w.settings, path)
        if not path.name.endswith((".quiz.yaml", ".quiz.yml", ".quiz.json")):
            path = path.with_name(path.name.removesuffix(".yaml") + ".quiz.yaml")
        return self._write(path)

    def _write(self, path: Path) -> bool:
        w = self.window
        if path == w.files.path and w.files.disk_changed() and not self._may_replace(path):
            return False
        try:
            w.files.save(path)
        except OSError as error:
            QMessageBox.warning(
                w,
                self.tr("Not saved"),
                self.tr("Cannot write {0}: {1}").format(path, error.strerror or error),
            )
            return False
        self._after_saving(path)
        return True

    def _may_replace(self, path: Path) -> bool:
        """Whether the teacher replaces the file another program changed since it was opened."""
        answer = QMessageBox.question(
            self.window,
            self.tr("Changed on disk"),
            self.tr(
                "Another program changed {0} since you opened it. Replace it with your version?"
            ).format(path.name),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _after_saving(self, path: Path) -> None:
        """Say it is saved, where, and what is left to fix in it (checked at once, all
        shown), on the status line and to a screen reader, which does not read the status
        line: Orca said nothing at all after the save (a11y45, its log)."""
        w = self.window
        w.disk_notice.setVisible(False)
        w._update_title()
        self.saved.emit(path)
        w.checker.schedule()
        errors = [p for p in w.checker.check_now() if not p.warning]
        w.reveal_problems()
        where = self.tr("Saved as {0} in the folder {1}.").format(path.name, path.parent)
        if errors:
            w.focus_first_problem()
            message = where + " " + self._left_to_fix(errors)
        else:
            message = where + " " + self.tr("The set is ready.")
        w.statusBar().showMessage(message, 10000)
        self.notice.say_soon(message, w)

    def _left_to_fix(self, errors: list) -> str:
        """What keeps the saved set from opening, in the form's names: the library refuses it
        until then, and « 1 problem is left to fix » named no field (ui35, mend35ui)."""
        from quizapp.ui.editor.checking.wording import to_fill, waiting_places

        errors = to_fill(errors)  # the id of a set with no title yet follows the title
        places = waiting_places(errors)
        message = self.tr(
            "It cannot be opened for a quiz yet: %n problem(s) to fix.", "", len(errors)
        )
        if places:
            message += " " + self.tr("To fill in or fix: {0}.").format(", ".join(places))
        return message

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
            self.tr("Unsaved changes"),
            self.tr("Save the changes to this set before closing?"),
            buttons,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def choose_image(self) -> None:
        w = self.window
        index = w.current_question()
        if index is None:
            return
        if w.files.path is None:
            QMessageBox.information(
                w,
                self.tr("Image"),
                self.tr("Save the set first: its pictures are kept in its folder."),
            )
            return
        name, _ = QFileDialog.getOpenFileName(
            w, self.tr("Choose a picture"), "", self.tr("Pictures ({0})").format(IMAGE_FILTER)
        )
        if name:
            relative = copy_into_set_folder(Path(name), w.files.path.parent)
            w.draft.apply(SetValue(("questions", index, "image"), relative))
