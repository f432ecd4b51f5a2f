"""File > Export for Moodle…: the set selected in the library written as Moodle XML or GIFT.

The window could import a Moodle bank but not hand a set back: a teacher who drafted, saved
and tried a set had to type ``quizapp export`` in a terminal to give it to her Moodle course
(ui36, in the real window). The action asks where to write (Moodle XML by default, GIFT when
she picks it or names a .gift file), writes the file and shows what went across and what
could not (a locate question, points GIFT has no place for), as the command's report says.
What Moodle would refuse stops the export, with the reason.

The window's report names each question as the teacher sees it, by its number, its kind and
the start of its prompt (« question 4 (One right answer, Tous les parents…) »), never by the
id the file keeps (« classify-4 », which the window never shows: ui36b; ``question_names``);
a note several questions share is said once, with their count (polish53). The command keeps
its own report.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from quizapp.interchange.moodle_map import ExportReport, QuestionNote
from quizapp.sets.builtin import SET_SUFFIXES
from quizapp.sets.errors import LoadError
from quizapp.ui.teacher.question_names import question_names, said_once


class MoodleExport(QObject):
    """Exports the entry ``selected()`` returns (a library entry: ``path`` and ``quiz``);
    ``review(entry, index)`` takes the teacher to a question still to review (ui39)."""

    def __init__(
        self,
        window: QWidget,
        selected: Callable[[], Any],
        review: Callable[[Any, int], None] | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._selected = selected
        self._review = review

    def ask_and_export(self) -> Path | None:
        """The menu action: the file written, or None (no set chosen, cancelled, refused)."""
        entry = self._selected()
        title = self.tr("Export for Moodle")
        if entry is None:
            QMessageBox.information(self._window, title, self.tr("Choose a set in the list."))
            return None
        if not self._unreviewed_cleared(entry, title):
            return None
        target, gift = self._ask_target(entry)
        if target is None:
            return None
        return self._write(entry, target, gift, title)

    def _unreviewed_cleared(self, entry: Any, title: str) -> bool:
        """True when nothing is left to review or she exports anyway; « Review them » takes
        her to the first question still marked, and exports nothing."""
        from quizapp.sets.unreviewed import unreviewed_numbers
        from quizapp.ui.teacher.unreviewed_box import Choice, ask_unreviewed

        numbers = unreviewed_numbers(entry.quiz.questions)
        if not numbers:
            return True
        choice = ask_unreviewed(self._window, title, numbers, len(entry.quiz.questions))
        if choice is Choice.REVIEW and self._review is not None:
            self._review(entry, numbers[0] - 1)
        return choice is Choice.EXPORT

    def _ask_target(self, entry: Any) -> tuple[Path | None, bool]:
        """Where to write, next to the set's file, and whether as GIFT."""
        from quizapp.interchange.convert import export_format

        xml, gift = self.tr("Moodle XML (*.xml)"), self.tr("GIFT (*.gift *.txt)")
        suggested = entry.path.with_name(f"{_stem(entry.path.name)}.xml")
        if entry.builtin:  # beside the app's own files is no place for hers
            suggested = Path.home() / suggested.name
        name, chosen = QFileDialog.getSaveFileName(
            self._window, self.tr("Export the set for Moodle"), str(suggested), f"{xml};;{gift}"
        )
        if not name:
            return None, False
        return Path(name), chosen == gift or export_format(Path(name), "moodle-xml") == "gift"

    def _write(self, entry: Any, target: Path, gift: bool, title: str) -> Path | None:
        from quizapp.interchange.convert import export_set

        try:
            text, report = export_set(entry.quiz, "gift" if gift else "moodle-xml",
                                      str(target), entry.path)  # fmt: skip
            target.write_text(text, encoding="utf-8")
        except (LoadError, OSError) as error:
            message = self.tr("The set could not be exported: {0}").format(error)
            QMessageBox.warning(self._window, title, message)
            return None
        QMessageBox.information(self._window, title, self._report_text(report, entry.quiz))
        return target

    def _report_text(self, report: ExportReport, quiz: Any) -> str:
        """The export's report in the window's words: how many went, which did not and why,
        and the notes, each question named by its number and the start of its prompt, a note
        that several questions share said once with their count (polish53)."""
        names = question_names(self._window, quiz.questions)
        numbers = {q.id: str(n) for n, q in enumerate(quiz.questions, 1)}

        def several(ids: list[str]) -> str:
            """« 3 questions (2, 4, 5) »: a note shared by several questions, said once with
            their count and numbers rather than once per question."""
            shown = ", ".join(numbers.get(each, each) for each in ids)
            return self.tr("%n question(s) ({0})", "", len(ids)).format(shown)

        head = self.tr("%n question(s) written to {0} ({1}).", "", len(report.exported))
        lines = [head.format(Path(report.target).name, report.file_format)]
        for heading, entries in (
            (self.tr("Not exported:"), report.skipped),
            (self.tr("Notes:"), report.notes),
        ):
            if entries:
                shown = said_once([_parts(entry) for entry in entries], names, several)
                lines += ["", heading] + ["– " + line for line in shown]
        return "\n".join(lines)


def _stem(name: str) -> str:
    """The set's file name without its set suffix (« my.set.quiz.yaml » gives « my.set »: a
    dot inside the name is the teacher's own, review36), or without its last suffix."""
    for suffix in SET_SUFFIXES:
        if name.endswith(suffix):
            return name.removesuffix(suffix) or "set"
    return Path(name).stem or "set"


def _parts(entry: QuestionNote | str) -> tuple[str | None, str]:
    """A report entry as (its question's id, or None for a line of no question, and its text):
    the report keeps the id apart (``QuestionNote``), so nothing is read back out of its text."""
    if isinstance(entry, QuestionNote):
        return entry.question_id, entry.text
    return None, entry
