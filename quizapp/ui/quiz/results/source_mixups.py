"""The results screen's part about kinds of source: the biggest mix-up in one sentence, the
confusion matrix (true kind by row, chosen kind by column) and the tallies by kind of source
and by skill. A mixin of ``ResultsView``, moved out of results_view.py when it passed 300
lines (ui37); its words keep the view's translation context (« ResultsView »).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QVBoxLayout, QWidget

from quizapp.engine import Results
from quizapp.model import QuizSet
from quizapp.ui.common import plain_label, set_scaled_font
from quizapp.ui.quiz.results.result_tables import (
    fit_table,
    matrix_cell,
    name_corner_button,
    tally_table,
)

translate = QCoreApplication.translate


class SourceMixups:
    """Mixin of ``ResultsView``: it has ``_results``, ``_names`` and ``_quiz``, and keeps
    the sentence's label in ``sentence``."""

    _results: Results
    _names: dict[str, str]
    _quiz: QuizSet
    sentence: QLabel | None
    confusion_sentence: Any  # the view's: its plural form is read by lupdate there

    def _add_confusion(self, column: QVBoxLayout, parent: QWidget) -> None:
        """Which kind of source was taken for which: the biggest mix-up, then the matrix."""
        heading = plain_label(
            translate("ResultsView", "Which kind of source did you take for which?"), parent
        )
        set_scaled_font(heading, 1.1)
        self.sentence = plain_label(self.confusion_sentence(), parent)
        column.addWidget(heading)
        column.addWidget(self.sentence)
        how = translate(
            "ResultsView", "Rows: the true kind of source. Columns: the kind you chose."
        )
        column.addWidget(plain_label(how, parent))
        column.addWidget(self._matrix_table(parent))

    def _matrix_table(self, parent: QWidget) -> QTableWidget:
        ids = self._results.label_ids
        matrix = self._results.confusion_matrix()
        unanswered = [self._results.unanswered_items(label_id) for label_id in ids]
        shown_columns = len(ids) + (1 if any(unanswered) else 0)
        table = QTableWidget(len(ids), shown_columns, parent)
        table.setObjectName("confusion_matrix")
        table.setAccessibleName(
            translate("ResultsView", "Confusion matrix: true label by row, your label by column")
        )
        names = [self._names[label_id] for label_id in ids]
        table.setVerticalHeaderLabels(names)
        headers = [name.replace(" ", "\n") for name in names]
        table.setHorizontalHeaderLabels(
            [*headers, translate("ResultsView", "no\nlabel")][:shown_columns]
        )
        table.setAccessibleDescription(self.confusion_sentence())
        for row, counts in enumerate(matrix):
            for col, count in enumerate(counts):
                table.setItem(row, col, matrix_cell(self, count, row == col))
            if shown_columns > len(ids):
                table.setItem(row, len(ids), matrix_cell(self, unanswered[row], False))
        fit_table(table)
        name_corner_button(table, translate("ResultsView", "Select the whole table"))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        return table

    def _detail_column(self, parent: QWidget) -> QVBoxLayout:
        column = QVBoxLayout()
        by_label = [
            (self._names[label_id], self._results.by_label[label_id])
            for label_id in self._results.label_ids
            if label_id in self._results.by_label
        ]
        if by_label:
            title = translate("ResultsView", "By kind of source")
            column.addWidget(plain_label(title, parent, bold=True))
            heads = (
                translate("ResultsView", "Kind of source"),
                translate("ResultsView", "claims right"),
            )
            column.addWidget(tally_table(by_label, title, heads, parent))
        if self._results.by_tag:
            title = translate("ResultsView", "By skill")
            column.addWidget(plain_label(title, parent, bold=True))
            named = [
                (self._quiz.tag_name(tag), tally) for tag, tally in self._results.by_tag.items()
            ]
            rows = sorted(named, key=lambda row: row[0].casefold())  # the set names its skills
            heads = (translate("ResultsView", "Skill"), translate("ResultsView", "points"))
            column.addWidget(tally_table(rows, title, heads, parent, self._results.passed))
        column.addStretch(1)
        return column
