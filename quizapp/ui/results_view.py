"""The results screen: score and pass/fail, what kind of source was taken for what, misses.

The confusion matrix and its one-sentence summary are what the app teaches with: a learner
sees that they take vague groups for anonymous sources, not just that they scored 60 %.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.engine import Results, describe_confusion
from quizapp.model import QuizSet
from quizapp.store.stats_records import Calibration
from quizapp.ui.common import plain_label, scaled_font

RIGHT_CELL = QColor("#dcefdc")
WRONG_CELL = QColor("#f8d9d6")


def percent(fraction: float) -> str:
    return f"{round(fraction * 100)}"


def format_points(value: float, locale: QLocale | None = None) -> str:
    """Points with at most one decimal in the learner's locale: "19.8", "19,8", "4.7", "17".

    Partial credit makes fractions such as 19.7857; a tenth is all a learner needs to read.
    """
    locale = QLocale(locale or QLocale())
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)  # "1234", never "1,234"
    text = locale.toString(float(value), "f", 1)
    zero = locale.toString(0.0, "f", 1)  # "0.0" or "0,0": its last two characters are the tail
    return text[:-2] if text.endswith(zero[-2:]) else text


class ResultsView(QWidget):
    """Everything a finished run says; asks the window for a review or the library."""

    review_requested = Signal(str)  # the id of the missed question to start the review at
    library_requested = Signal()
    retry_requested = Signal()

    def __init__(
        self,
        results: Results,
        quiz: QuizSet,
        parent: QWidget | None = None,
        calibration: Calibration | None = None,
    ) -> None:
        super().__init__(parent)
        self._results = results
        self._calibration = calibration
        self.calibration_label: QLabel | None = None
        self._quiz = quiz
        self._names = {label.id: label.name for label in quiz.labels}
        self.sentence: QLabel | None = None
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        grid = QGridLayout(body)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.addLayout(self._score_column(body), 0, 0)
        grid.addLayout(self._detail_column(body), 0, 1)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(self._buttons(self))

    def focus_first(self) -> None:
        """Put the keyboard on the next useful step: the review, or the way back."""
        self._first_button.setFocus()

    def confusion_sentence(self) -> str:
        """The biggest mix-up in words, or what to say when there is none."""
        if not self._results.has_classify:
            return ""
        confusion = self._results.biggest_confusion()
        if confusion is None:
            return self.tr("You gave every claim you labelled its right kind of source.")
        if confusion.count == 1:
            template = self.tr("Most frequent mix-up: 1 claim from “{true}” taken for “{chosen}”.")
        else:
            template = self.tr(
                "Most frequent mix-up: {count} claims from “{true}” taken for “{chosen}”."
            )
        return describe_confusion(confusion, self._names, template)

    def _score_column(self, parent: QWidget) -> QVBoxLayout:
        results = self._results
        column = QVBoxLayout()
        score = plain_label(self.tr("Your score: {0}%").format(percent(results.score)), parent)
        score.setFont(scaled_font(self, 1.6, bold=True))
        mark = self.tr("pass mark {0}%").format(percent(results.pass_mark))
        verdict = self.tr("✔ Passed ({0})") if results.passed else self.tr("✘ Not passed ({0})")
        points = self.tr("{0} of {1} points").format(
            format_points(results.earned), format_points(results.possible)
        )
        column.addWidget(plain_label(self._quiz.title, parent, bold=True))
        column.addWidget(score)
        column.addWidget(plain_label(f"{verdict.format(mark)} — {points}", parent))
        if self._calibration is not None and (self._calibration.sure or self._calibration.unsure):
            self.calibration_label = plain_label(self.calibration_text(self._calibration), parent)
            self.calibration_label.setAccessibleName(self.tr("Calibration"))
            column.addWidget(self.calibration_label)
        if results.has_classify:
            heading = plain_label(self.tr("Which kind of source did you take for which?"), parent)
            heading.setFont(scaled_font(self, 1.1, bold=True))
            self.sentence = plain_label(self.confusion_sentence(), parent)
            column.addWidget(heading)
            column.addWidget(self.sentence)
            how = self.tr("Rows: the true kind of source. Columns: the kind you chose.")
            column.addWidget(plain_label(how, parent))
            column.addWidget(self._matrix_table(parent))
        column.addWidget(plain_label(self.tr("Questions to look at again"), parent, bold=True))
        if self._results.missed:
            how = self.tr("Double-click one (or press Enter on it) to review it.")
            column.addWidget(plain_label(how, parent))
        column.addWidget(self._missed_list(parent), 1)
        return column

    def calibration_text(self, calibration: Calibration) -> str:
        """How often "sure" answers were right, and "not sure" ones, in plain words."""
        parts = []
        if calibration.sure:
            parts.append(
                self.tr("when you were sure, you were right {0} of {1} times ({2}%)").format(
                    calibration.sure_right, calibration.sure, percent(calibration.sure_accuracy)
                )
            )
        if calibration.unsure:
            parts.append(
                self.tr("when you were not sure, {0} of {1} times ({2}%)").format(
                    calibration.unsure_right,
                    calibration.unsure,
                    percent(calibration.unsure_accuracy),
                )
            )
        return self.tr("How sure you were: {0}.").format("; ".join(parts))

    def offer_continue(self, text: str) -> QPushButton:
        """A first button that carries on (the next set of boosters); it takes the focus."""
        button = QPushButton(text, self)
        button.setAutoDefault(True)
        self._buttons_row.insertWidget(1, button)
        self._first_button = button
        button.setFocus()
        return button

    def _matrix_table(self, parent: QWidget) -> QTableWidget:
        ids = self._results.label_ids
        matrix = self._results.confusion_matrix()
        unanswered = [self._results.unanswered_items(label_id) for label_id in ids]
        shown_columns = len(ids) + (1 if any(unanswered) else 0)
        table = QTableWidget(len(ids), shown_columns, parent)
        table.setObjectName("confusion_matrix")
        table.setAccessibleName(
            self.tr("Confusion matrix: true label by row, your label by column")
        )
        names = [self._names[label_id] for label_id in ids]
        table.setVerticalHeaderLabels(names)
        headers = [name.replace(" ", "\n") for name in names]
        table.setHorizontalHeaderLabels([*headers, self.tr("no\nlabel")][:shown_columns])
        for row, counts in enumerate(matrix):
            for col, count in enumerate(counts):
                table.setItem(row, col, self._matrix_cell(count, row == col))
            if shown_columns > len(ids):
                table.setItem(row, len(ids), self._matrix_cell(unanswered[row], False))
        _fit_table(table)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        return table

    def _matrix_cell(self, count: int, diagonal: bool) -> QTableWidgetItem:
        text = str(count) if count else ""
        if count and diagonal:
            text = self.tr("{0} ✔").format(count)
        elif count:
            text = self.tr("{0} ✘").format(count)
        cell = QTableWidgetItem(text)
        cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
        if count:
            cell.setBackground(RIGHT_CELL if diagonal else WRONG_CELL)
            cell.setForeground(QColor("black"))
        return cell

    def _detail_column(self, parent: QWidget) -> QVBoxLayout:
        column = QVBoxLayout()
        by_label = [
            (self._names[label_id], self._results.by_label[label_id])
            for label_id in self._results.label_ids
            if label_id in self._results.by_label
        ]
        if by_label:
            column.addWidget(plain_label(self.tr("By kind of source"), parent, bold=True))
            column.addWidget(self._tally_table(by_label, self.tr("claims right"), parent))
        if self._results.by_tag:
            column.addWidget(plain_label(self.tr("By skill"), parent, bold=True))
            rows = sorted(self._results.by_tag.items())
            column.addWidget(self._tally_table(rows, self.tr("points"), parent))
        column.addStretch(1)
        return column

    def _tally_table(self, rows: list, unit: str, parent: QWidget) -> QTableWidget:
        table = QTableWidget(len(rows), 2, parent)
        table.setHorizontalHeaderLabels(["", unit])
        table.verticalHeader().hide()
        for row, (name, tally) in enumerate(rows):
            share = self.tr("{0} of {1} ({2}%)").format(
                format_points(tally.earned), format_points(tally.possible), percent(tally.fraction)
            )
            for col, text in enumerate((name, share)):
                cell = QTableWidgetItem(text)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
                table.setItem(row, col, cell)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        _fit_table(table, resize_rows=False)
        return table

    def _missed_list(self, parent: QWidget) -> QListWidget:
        self.missed = QListWidget(parent)
        self.missed.setAccessibleName(self.tr("Missed questions"))
        self.missed.setWordWrap(True)
        prompts = {question.id: question.prompt for question in self._quiz.questions}
        verdicts = {verdict.question_id: verdict for verdict in self._results.verdicts}
        for question_id in self._results.missed:
            score = percent(verdicts[question_id].fraction)
            item = QListWidgetItem(self.tr("{0} ({1}%)").format(prompts[question_id], score))
            item.setData(Qt.ItemDataRole.UserRole, question_id)
            self.missed.addItem(item)
        if not self._results.missed:
            self.missed.addItem(self.tr("None: every question fully right."))
        self.missed.itemActivated.connect(self._on_missed_activated)
        self.missed.setMinimumHeight(120)
        return self.missed

    def _buttons(self, parent: QWidget) -> QHBoxLayout:
        row = self._buttons_row = QHBoxLayout()
        self.review_button = QPushButton(self.tr("&Review the missed questions"), parent)
        self.review_button.setEnabled(bool(self._results.missed))
        self.review_button.clicked.connect(self._on_review)
        retry = QPushButton(self.tr("Try this set &again"), parent)
        retry.clicked.connect(self.retry_requested)
        library = QPushButton(self.tr("Back to the &library"), parent)
        library.clicked.connect(self.library_requested)
        row.addStretch(1)
        for button in (self.review_button, retry, library):
            button.setAutoDefault(True)  # Enter on the focused button presses it
            row.addWidget(button)
        self._first_button = self.review_button if self._results.missed else library
        return row

    def _on_review(self) -> None:
        if self._results.missed:
            self.review_requested.emit(self._results.missed[0])

    def _on_missed_activated(self, item: QListWidgetItem) -> None:
        question_id = item.data(Qt.ItemDataRole.UserRole)
        if question_id:
            self.review_requested.emit(question_id)


def _fit_table(table: QTableWidget, resize_rows: bool = True) -> None:
    """Size a small table to its rows so that the page scrolls, not the table."""
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    if resize_rows:
        table.resizeRowsToContents()
    else:
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    height = table.horizontalHeader().sizeHint().height() + 4
    height += sum(table.rowHeight(row) for row in range(table.rowCount()))
    table.setFixedHeight(height)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
