"""The three tables of the class results window: students, questions, confusion matrix.

Cells are QTableWidgetItems, which never interpret markup: names and ids come from students'
files and are shown exactly as written. Numbers sort as numbers, not as text ("9 %" < "83 %").
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from quizapp.model import SetWords, words_for
from quizapp.results.handin.class_rows import ClassResults, LabelTally, QuestionRow, StudentRow
from quizapp.ui.common import plain_label
from quizapp.ui.quiz.results.result_tables import colour_cell, name_corner_button

SortKey = float | str


def label_name(label_id: str) -> str:
    """The default labels by their name in the UI language; a teacher's own label by its id."""
    names = {
        "named": QCoreApplication.translate("ClassTables", "Named source"),
        "anonymous": QCoreApplication.translate("ClassTables", "Anonymous source"),
        "vague": QCoreApplication.translate("ClassTables", "Vague group"),
        "author": QCoreApplication.translate("ClassTables", "The outlet itself"),
        "fact": QCoreApplication.translate("ClassTables", "Plain fact"),
    }
    return names.get(label_id, label_id)


def percent_text(share: float | None) -> str:
    """A share as a percentage with its decimals in the UI's style: 0.625 -> 62.5 % (62,5 %)."""
    if share is None:
        return ""
    locale = QLocale()
    text = locale.toString(share * 100, "f", 1)
    point = locale.decimalPoint()
    return f"{text.rstrip('0').removesuffix(point) if point in text else text} %"


class _Cell(QTableWidgetItem):
    """A read-only cell that sorts by a key of its own (a number for numeric columns)."""

    def __init__(self, text: str, key: SortKey | None = None) -> None:
        super().__init__(text)
        self.key: SortKey = text.casefold() if key is None else key
        self.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.key, getattr(other, "key", other.text())
        if isinstance(mine, str) != isinstance(theirs, str):
            return isinstance(mine, str)  # empty cells (text) before numbers
        return mine < theirs  # type: ignore[operator]


def _number(value: float, text: str | None = None) -> _Cell:
    shown = text if text is not None else f"{value:g}"
    cell = _Cell(shown, value)
    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return cell


MAX_COLUMN_CHARS = 36  # a prompt or a title is cut there (its whole text in the tooltip)


def _table(parent: QWidget) -> QTableWidget:
    table = QTableWidget(parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    table.setWordWrap(False)
    return table


class ClassTables(QObject):
    """Builds and refills the tabs; the window owns the layout around them."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(parent)
        self.students = _table(parent)
        self.questions = _table(parent)
        self.matrix = _table(parent)
        self.skills = _table(parent)
        self._how = plain_label("", parent)
        self.tabs.addTab(self.students, "")
        self.tabs.addTab(self.questions, "")
        self.tabs.addTab(self._matrix_page(parent), "")
        self.tabs.addTab(self.skills, "")
        self.retranslate()

    def retranslate(self) -> None:
        """Names and tab titles; the window refills the tables' headers from its results."""
        self.tabs.setAccessibleName(self.tr("Class results tables"))
        self.students.setAccessibleName(self.tr("Students: one row each"))
        self.questions.setAccessibleName(self.tr("Questions, hardest first"))
        self.matrix.setAccessibleName(
            self.tr("Confusion matrix: true label by row, chosen label by column")
        )
        self.skills.setAccessibleName(self.tr("Skills, weakest first"))
        for table in (self.students, self.questions, self.matrix, self.skills):
            name_corner_button(table, self.tr("Select the whole table"))
        titles = [
            self.tr("&Students"), self.tr("&Questions"), self.tr("Confusion &matrix"),
            self.tr("S&kills"),
        ]  # fmt: skip
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        self._how.setText(
            self.tr(
                "Every claim of every classify question the class answered. Rows: the kind of "
                "source the claim really has. Columns: the kind the students chose."
            )
        )

    def _matrix_page(self, parent: QWidget) -> QWidget:
        page = QWidget(parent)
        layout = QVBoxLayout(page)
        layout.addWidget(self._how)
        layout.addWidget(self.matrix, 1)
        return page

    def clear(self) -> None:
        for table in (self.students, self.questions, self.matrix, self.skills):
            table.clear()
            table.setRowCount(0)
            table.setColumnCount(0)

    def show_results(
        self, results: ClassResults, known: Mapping[str, SetWords] | None = None
    ) -> None:
        """Fill the tables; ``known`` words (the open sets') give prompts files did not carry."""
        self._fill_students(results)
        self._fill_questions(results, known or {})
        self._fill_matrix(results)
        self._fill_skills(results, known or {})

    def _fill_students(self, results: ClassResults) -> None:
        headers = [
            self.tr("Student"), self.tr("Files"), self.tr("Attempts"), self.tr("Answers"),
            self.tr("Score"), *(label_name(label) for label in results.true_label_ids()),
        ]  # fmt: skip
        rows = [self._student_cells(row, results.true_label_ids()) for row in results.students]
        _fill(self.students, headers, rows, sort_column=0)

    def _student_cells(self, row: StudentRow, label_ids: list[str]) -> list[_Cell]:
        files = ", ".join(row.files)
        name = row.name or self.tr("(no name: {0})").format(files)
        score = row.score
        cells = [
            _Cell(name), _Cell(files), _number(row.attempts), _number(row.answers),
            _number(-1 if score is None else score, percent_text(score)),
        ]  # fmt: skip
        return cells + [self._tally_cell(row.by_label.get(label)) for label in label_ids]

    def _tally_cell(self, tally: LabelTally | None) -> _Cell:
        if tally is None or tally.share is None:
            return _number(-1, "")
        text = self.tr("{0} of {1} ({2})").format(
            tally.right, tally.seen, percent_text(tally.share)
        )
        return _number(tally.share, text)

    def _fill_questions(self, results: ClassResults, known: Mapping[str, SetWords]) -> None:
        headers = [
            self.tr("Set"), self.tr("Question"), self.tr("Id"), self.tr("Students"),
            self.tr("Answers"), self.tr("At full marks"), self.tr("Share right"),
            self.tr("Mean score"),
        ]  # fmt: skip
        rows = [
            [
                _Cell(results.sets.get(row.set_id) or row.set_id),
                _Cell(self._prompt(results, known, row)), _Cell(row.question_id),
                _number(row.students), _number(row.answered), _number(row.right),
                _number(row.share_right, percent_text(row.share_right)),
                _number(row.mean_score, percent_text(row.mean_score)),
            ]
            for row in results.questions
        ]  # fmt: skip
        _fill(self.questions, headers, rows, sort_column=6)  # hardest first

    def _prompt(
        self, results: ClassResults, known: Mapping[str, SetWords], row: QuestionRow
    ) -> str:
        """What the students read: from their files, else from the open set; said when unknown."""
        prompt = results.prompt(row.set_id, row.question_id)
        prompt = prompt or words_for(known, row.set_id).prompt(row.question_id)
        return prompt or self.tr("(open this set to see its question)")

    def _fill_skills(self, results: ClassResults, known: Mapping[str, SetWords]) -> None:
        """Each skill by the name its set gives it (from the files, else the open set)."""
        headers = [self.tr("Skill"), self.tr("Set"), self.tr("Answers"), self.tr("Points")]
        rows = []
        for row in results.skills:
            name = words_for(results.words, row.set_id).tag_name(row.tag)
            if name == row.tag:
                name = words_for(known, row.set_id).tag_name(row.tag)
            share = row.share
            rows.append([
                _Cell(name), _Cell(results.sets.get(row.set_id) or row.set_id),
                _number(row.answers), _number(-1 if share is None else share, percent_text(share)),
            ])  # fmt: skip
        _fill(self.skills, headers, rows, sort_column=3)  # weakest first

    def _fill_matrix(self, results: ClassResults) -> None:
        names = [label_name(label) for label in results.label_ids]
        blanks = results.left_blank()
        rows = [
            [self._count_cell(count, col == row) for col, count in enumerate(counts)]
            + [self._count_cell(blanks[row], False)]
            for row, counts in enumerate(results.matrix())
        ]
        _fill(self.matrix, [*names, self.tr("no label")], rows)
        self.matrix.setVerticalHeaderLabels(names)
        self.matrix.verticalHeader().show()

    def _count_cell(self, count: int, diagonal: bool) -> _Cell:
        """A count, with a mark that says right or wrong without relying on colour."""
        text = ""
        if count:
            text = (self.tr("{0} ✔") if diagonal else self.tr("{0} ✘")).format(count)
        cell = _number(count, text)
        cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        if count:
            colour_cell(cell, self.matrix, diagonal)
        return cell


def _fill(
    table: QTableWidget, headers: list[str], rows: list[list[_Cell]], sort_column: int = -1
) -> None:
    """Replace the table's content, then sort it by ``sort_column`` ascending (-1: as given).

    Sorting is paused while filling, as Qt requires.
    """
    table.setSortingEnabled(False)
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, cell in enumerate(cells):
            table.setItem(row, column, cell)
    table.verticalHeader().setVisible(False)
    table.resizeColumnsToContents()
    _cap_widths(table)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if sort_column >= 0:
        table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)


def _cap_widths(table: QTableWidget) -> None:
    """No column wider than ``MAX_COLUMN_CHARS`` characters, its cut texts whole in their
    tooltip: a set's long title filled the Questions tab's first column on every row, and a
    student with no name (named by their file), the Students tab's; the prompts, the scores
    and the share right were off the window's edge, behind a scroll bar (teacher50)."""
    cap = table.fontMetrics().averageCharWidth() * MAX_COLUMN_CHARS
    for column in range(table.columnCount()):
        if table.columnWidth(column) <= cap:
            continue
        table.setColumnWidth(column, cap)
        for row in range(table.rowCount()):
            cell = table.item(row, column)
            if cell is not None:
                cell.setToolTip(cell.text())
