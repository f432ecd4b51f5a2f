"""``class.csv``: the class's results as one spreadsheet file.

One file a teacher double-clicks, holding four tables one under the other, each with its own
header row and separated by an empty row: the students (from line 1, so a program reading the
file as plain CSV up to the first empty row gets the student table), the questions, the
confusion matrix and the skills (by the names the sets give them). As in the students' own
exports: UTF-8 with a BOM, CRLF, ',' with a decimal point or ';' with a decimal comma, and text
that a spreadsheet would run as a formula gets a leading apostrophe (names and ids come from
students' files: they are not trusted).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from quizapp.model import words_for
from quizapp.results.handin.class_rows import ClassResults

STUDENT_COLUMNS = (
    "student", "files", "attempts", "answers", "points_earned", "points_possible", "score",
)  # fmt: skip
QUESTION_COLUMNS = (
    "set_id", "question_id", "students", "answered", "right", "share_right", "mean_score",
    "prompt",
)  # fmt: skip
SKILL_COLUMNS = (
    "set_id", "tag", "name", "answers", "points_earned", "points_possible", "share",
)  # fmt: skip
MATRIX_CORNER = "true_label \\ chosen_label"
NO_LABEL_COLUMN = "no_label"
ACCURACY_PREFIX = "accuracy_"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")
_DECIMALS = 4

Cell = str | int | float | None


def class_csv(results: ClassResults, delimiter: str = ",") -> str:
    """The text of class.csv (without the BOM, which ``write_class_csv`` adds)."""
    if delimiter not in (",", ";"):
        raise ValueError("the CSV delimiter is ',' or ';'")
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    tables = (
        _student_table(results),
        _question_table(results),
        _matrix_table(results),
        _skill_table(results),
    )
    for number, table in enumerate(tables):
        if number:
            writer.writerow([])
        writer.writerows([_cell(value, delimiter) for value in row] for row in table)
    return out.getvalue()


def write_class_csv(path: Path, results: ClassResults, delimiter: str = ",") -> Path:
    path.write_text(class_csv(results, delimiter), encoding="utf-8-sig", newline="")
    return path


def _student_table(results: ClassResults) -> Iterable[list[Cell]]:
    labels = results.true_label_ids()
    yield [*STUDENT_COLUMNS, *(ACCURACY_PREFIX + label for label in labels)]
    for row in results.students:
        shares = [row.by_label[label].share if label in row.by_label else None for label in labels]
        yield [
            row.name, " ".join(row.files), row.attempts, row.answers,
            float(row.points_earned), float(row.points_possible), row.score, *shares,
        ]  # fmt: skip


def _question_table(results: ClassResults) -> Iterable[list[Cell]]:
    yield list(QUESTION_COLUMNS)
    for row in results.questions:
        yield [
            row.set_id, row.question_id, row.students, row.answered, row.right,
            row.share_right, row.mean_score, results.prompt(row.set_id, row.question_id),
        ]  # fmt: skip


def _skill_table(results: ClassResults) -> Iterable[list[Cell]]:
    """Each skill by its id (kept for programs) and the name its set gives it (for people)."""
    yield list(SKILL_COLUMNS)
    for row in results.skills:
        name = words_for(results.words, row.set_id).tag_name(row.tag)
        yield [
            row.set_id, row.tag, name, row.answers, float(row.points_earned),
            float(row.points_possible), row.share,
        ]  # fmt: skip


def _matrix_table(results: ClassResults) -> Iterable[list[Cell]]:
    yield [MATRIX_CORNER, *results.label_ids, NO_LABEL_COLUMN]
    blanks = results.left_blank()
    for truth, counts, blank in zip(results.label_ids, results.matrix(), blanks, strict=True):
        yield [truth, *counts, blank]


def _cell(value: Cell, delimiter: str) -> str:
    """Numbers in the variant's decimal style; text guarded against formula injection."""
    if value is None:
        return ""
    if isinstance(value, float):
        rounded = round(value, _DECIMALS)
        text = str(int(rounded)) if rounded.is_integer() else repr(rounded)
        return text.replace(".", ",") if delimiter == ";" else text
    if isinstance(value, int):
        return str(value)
    return "'" + value if value.startswith(_FORMULA_STARTS) else value
