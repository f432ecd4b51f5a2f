"""Exporting results for a teacher, as JSON or CSV (``handin.reading`` reads them back).

CSV is for spreadsheets: UTF-8 with a BOM (so Excel guesses the encoding), one row per answer,
and a ``;`` variant for spreadsheets set to French, whose numbers then use a decimal comma.
Text cells that a spreadsheet would run as a formula get a leading apostrophe, removed again
on import. JSON carries the same data, attempts without answers included. Both formats are
described in docs/results-format.md.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

import quizapp
from quizapp.model import SetWords, words_for
from quizapp.results.database import ResultsDB
from quizapp.results.export_format import (
    CSV_COLUMNS,
    ESCAPED_STARTS,
    GUARDED_COLUMNS,
    RESULTS_FORMAT,
    RESULTS_FORMAT_VERSION,
    TAG_NAME_SEPARATOR,
    AttemptRecord,
    ResultsFileRecord,
    attempt_record,
)
from quizapp.results.records import AttemptWithAnswers, iso_time

ExportFormat = Literal["csv", "json"]


def export_json(
    attempts: Iterable[AttemptWithAnswers],
    student_name: str | None,
    exported_at: dt.datetime,
    words: Mapping[str, SetWords] | None = None,
) -> str:
    """The JSON text; ``words`` (by set id) add prompts and skill names the app knows."""
    record = ResultsFileRecord(
        format=RESULTS_FORMAT,
        format_version=RESULTS_FORMAT_VERSION,
        app_version=quizapp.__version__,
        exported_at=iso_time(exported_at),
        student_name=student_name,
        attempts=[_record(item, student_name, words) for item in attempts],
    )
    return json.dumps(record.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def export_csv(
    attempts: Iterable[AttemptWithAnswers],
    student_name: str | None,
    delimiter: str = ",",
    words: Mapping[str, SetWords] | None = None,
    headers: Mapping[str, str] | None = None,
) -> str:
    """The CSV text (without the BOM, which ``write_export`` adds to the file).

    ``headers`` (column id -> name in the reader's language) adds a first row of column
    names a teacher reads; the row of stable column ids follows it either way.
    """
    if delimiter not in (",", ";"):
        raise ValueError("the CSV delimiter is ',' or ';'")
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    if headers:
        writer.writerow(headers.get(column, column) for column in CSV_COLUMNS)
    writer.writerow(CSV_COLUMNS)
    for item in attempts:
        for row in _csv_rows(_record(item, student_name, words)):
            writer.writerow(_cell(column, row[column], delimiter) for column in CSV_COLUMNS)
    return out.getvalue()


def write_export(
    path: Path,
    attempts: Sequence[AttemptWithAnswers],
    student_name: str | None,
    exported_at: dt.datetime,
    fmt: ExportFormat,
    delimiter: str = ",",
    words: Mapping[str, SetWords] | None = None,
    headers: Mapping[str, str] | None = None,
) -> Path:
    """Write one attempt or all of them to ``path`` in the chosen format."""
    if fmt == "json":
        text = export_json(attempts, student_name, exported_at, words)
        path.write_text(text, encoding="utf-8")
    else:
        text = export_csv(attempts, student_name, delimiter, words, headers)
        path.write_text(text, encoding="utf-8-sig", newline="")
    return path


def _csv_rows(record: AttemptRecord) -> Iterable[dict[str, Any]]:
    head = {
        "format_version": RESULTS_FORMAT_VERSION,
        **record.model_dump(exclude={"answers", "score", "tag_names"}),
        "attempt_score": record.score,
    }
    for answer in record.answers:
        pairs = (f"{i.true_label}>{i.chosen_label or ''}" for i in answer.classify_items)
        yield {
            **head,
            **answer.model_dump(exclude={"tags", "classify_items", "response"}),
            "tags": " ".join(answer.tags),
            "classify_items": " ".join(pairs),
            "response": json.dumps(answer.response, ensure_ascii=False),
            "tag_names": _tag_names_cell(answer.tags, record.tag_names),
        }


def _record(
    item: AttemptWithAnswers, student_name: str | None, words: Mapping[str, SetWords] | None
) -> AttemptRecord:
    return attempt_record(item, student_name, words_for(words or {}, item.attempt.set_id))


def _tag_names_cell(tags: list[str], names: Mapping[str, str]) -> str:
    """The names of the row's tags in their order; empty when none of them is named."""
    if not any(tag in names for tag in tags):
        return ""
    return TAG_NAME_SEPARATOR.join(names.get(tag, tag) for tag in tags)


def _cell(column: str, value: Any, delimiter: str) -> str:
    if value is None:
        return ""
    if isinstance(value, float):  # 2 decimals at most: 0.33, 41.5, 1
        text = f"{value:.2f}".rstrip("0").rstrip(".")
        text = "0" if text == "-0" else text
        return text.replace(".", ",") if delimiter == ";" else text
    text = str(value)
    if column in GUARDED_COLUMNS and text.startswith(ESCAPED_STARTS):
        return "'" + text
    return text


def export_from_db(
    db: ResultsDB,
    path: Path,
    fmt: ExportFormat,
    exported_at: dt.datetime,
    attempt_id: int | None = None,
    delimiter: str = ",",
    words: Mapping[str, SetWords] | None = None,
    headers: Mapping[str, str] | None = None,
) -> Path:
    """The export menu's one call: one attempt (by id) or every attempt, with the student name.

    ``words`` (by set id, from the sets the app has open) write each question's prompt and the
    skills' names beside their ids.
    """
    attempts = (
        [db.attempt_with_answers(attempt_id)] if attempt_id is not None else db.all_attempts()
    )
    return write_export(
        path, attempts, db.student_name, exported_at, fmt, delimiter, words, headers
    )
