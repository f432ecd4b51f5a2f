"""Exporting results for a teacher, as JSON or CSV, and reading those files back.

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
import os
import stat
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

import quizapp
from quizapp.model import SetWords, words_for
from quizapp.results.database import ResultsDB
from quizapp.results.export_format import (
    RESULTS_FORMAT,
    RESULTS_FORMAT_VERSION,
    AttemptRecord,
    ClassifyItemRecord,
    ResultsFileRecord,
    attempt_record,
    from_record,
)
from quizapp.results.records import AttemptWithAnswers, ResultsError, iso_time

ExportFormat = Literal["csv", "json"]
CSV_COLUMNS: tuple[str, ...] = (
    "format_version", "student_name", "attempt_uid", "set_id", "set_title", "set_hash", "mode",
    "status", "started_at", "ended_at", "attempt_score", "question_id", "position", "score",
    "points_earned", "points_possible", "confidence", "seconds", "answered_at", "tags",
    "classify_items", "response", "prompt", "tag_names",
)  # fmt: skip
# Columns older files lack: read when present. tag_names holds the names of the row's tags,
# in the order of its tags column, separated by " | " (the ids stay in the tags column).
OPTIONAL_COLUMNS = ("prompt", "tag_names")
TAG_NAME_SEPARATOR = " | "
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ESCAPED_STARTS = (*_FORMULA_STARTS, "'")  # a text starting with ' is escaped too, to round-trip
_GUARDED_COLUMNS = ("student_name", "set_title", "response", "prompt", "tag_names")


class ResultsFileError(ResultsError):
    """A results file that cannot be read: the message says where and why."""


@dataclass(frozen=True, slots=True)
class ResultsFile:
    """What a results file holds, whichever its format."""

    student_name: str | None
    exported_at: str | None
    attempts: list[AttemptWithAnswers]
    skipped: list[str] = field(default_factory=list)  # records refused, each with its reason


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


def read_export(path: Path, limit: int | None = None) -> ResultsFile:
    """Read a results file written by ``write_export`` (the format is told from the content)."""
    try:
        text = _read_regular_text(path, limit)
    except (OSError, UnicodeDecodeError) as error:
        raise ResultsFileError(f"{path}: cannot read the file: {error}") from error
    if text.lstrip().startswith("{"):
        return parse_json(text, str(path))
    return parse_csv(text, str(path))


def _read_regular_text(path: Path, limit: int | None) -> str:
    """The file's text, refused at once when it is a pipe, a device or a socket (reading one
    could wait forever) or larger than ``limit`` bytes; the same rule as ``sets.set_files``,
    which this layer may not import."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(descriptor, "rb") as stream:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise ResultsFileError(
                f"{path}: this is not a regular file (a pipe, a device or a socket)"
            )
        data = stream.read(-1 if limit is None else limit + 1)
    if limit is not None and len(data) > limit:
        raise ResultsFileError(f"{path}: the file is larger than {limit // (1024 * 1024)} MB")
    return data.decode("utf-8-sig")


def parse_json(text: str, source: str = "<json>") -> ResultsFile:
    """The file's attempts; one that breaks the format is named in ``skipped``, not fatal."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        where = f"{source}:{error.lineno}:{error.colno}"
        raise ResultsFileError(f"{where}: Invalid JSON: {error.msg}") from error
    except (ValueError, RecursionError) as error:  # a 5,000-digit number, 100,000 brackets
        raise ResultsFileError(f"{source}: not a results file: {_reason(error)}") from error
    try:
        envelope = ResultsFileRecord.model_validate({**data, "attempts": []})
    except (ValidationError, TypeError) as error:
        raise ResultsFileError(f"{source}: {_reason(error)}") from error
    raw_attempts = data.get("attempts")
    if not isinstance(raw_attempts, list):
        raise ResultsFileError(f"{source}: attempts: the file holds no list of attempts")
    attempts, skipped = [], []
    for number, raw in enumerate(raw_attempts, start=1):
        try:
            attempts.append(from_record(AttemptRecord.model_validate(raw)))
        except ValidationError as error:
            uid = raw.get("attempt_uid") if isinstance(raw, dict) else None
            skipped.append(_skipped(source, f"attempt {number} ({uid})", error))
    _refuse_if_nothing_kept(attempts, skipped)
    return ResultsFile(envelope.student_name, envelope.exported_at, attempts, skipped)


def _refuse_if_nothing_kept(kept: list[AttemptWithAnswers], skipped: list[str]) -> None:
    """A file all of whose records are bad is a bad file: said with its first reason."""
    if not kept and skipped:
        raise ResultsFileError(skipped[0])


def _skipped(source: str, what: str, error: Exception) -> str:
    return f"{source}: {what} skipped: {_reason(error)}"


def parse_csv(text: str, source: str = "<csv>") -> ResultsFile:
    """Rows grouped back into attempts, in the order they first appear.

    A first row of column names in a language (written above the ids) is skipped.
    """
    first, _, rest = text.partition("\n")
    if "format_version" not in first and "format_version" in rest.split("\n", 1)[0]:
        text = rest
    header = text.split("\n", 1)[0]
    delimiter = ";" if header.count(";") > header.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    found = reader.fieldnames or []
    missing = [c for c in CSV_COLUMNS if c not in found and c not in OPTIONAL_COLUMNS]
    if missing:
        raise ResultsFileError(f"{source}:1: missing column(s): {', '.join(missing)}")
    grouped: dict[str, dict[str, Any]] = {}
    refused: dict[str, str] = {}  # attempt uid -> why its attempt is skipped
    skipped: list[str] = []
    try:
        for row in reader:
            _add_checked_row(grouped, refused, row, f"{source}:{reader.line_num}")
    except csv.Error as error:  # e.g. a quote that swallows the rest: what came before counts
        skipped.append(
            f"{source}: not a results CSV file: {error} (from line {reader.line_num}; "
            "the rest of the file is skipped)"
        )
    attempts = []
    for uid, fields in grouped.items():
        try:
            attempts.append(_attempt(uid, fields, source) if uid not in refused else None)
        except ResultsFileError as error:
            refused[uid] = str(error)
    skipped += [f"{reason} (attempt {uid} skipped)" for uid, reason in refused.items()]
    kept = [attempt for attempt in attempts if attempt is not None]
    _refuse_if_nothing_kept(kept, skipped)
    names = {a.attempt.student_name for a in kept}
    return ResultsFile(names.pop() if len(names) == 1 else None, None, kept, skipped)


def _add_checked_row(
    grouped: dict[str, dict[str, Any]], refused: dict[str, str], row: dict, where: str
) -> None:
    """Add a row, or mark its attempt refused: one bad row spoils its attempt, not the file."""
    uid = str(row.get("attempt_uid") or "?")
    if None in row or None in row.values():
        refused.setdefault(uid, f"{where}: the row does not have one cell per column")
        return
    try:
        _add_row(grouped, row)
    except (ValueError, ValidationError, RecursionError) as error:
        refused.setdefault(uid, f"{where}: {_reason(error)}")


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


def _named_tags(row: dict[str, str]) -> dict[str, str]:
    """The tag names a row carries, by id (a cell that does not match its tags is ignored)."""
    tags = row["tags"].split()
    names = (_text("tag_names", row.get("tag_names") or "") or "").split(TAG_NAME_SEPARATOR)
    if len(names) != len(tags):
        return {}
    return {tag: name for tag, name in zip(tags, names, strict=True) if name and name != tag}


def _cell(column: str, value: Any, delimiter: str) -> str:
    if value is None:
        return ""
    if isinstance(value, float):  # 2 decimals at most: 0.33, 41.5, 1
        text = f"{value:.2f}".rstrip("0").rstrip(".")
        text = "0" if text == "-0" else text
        return text.replace(".", ",") if delimiter == ";" else text
    text = str(value)
    if column in _GUARDED_COLUMNS and text.startswith(_ESCAPED_STARTS):
        return "'" + text
    return text


def _attempt(uid: str, fields: dict[str, Any], source: str) -> AttemptWithAnswers:
    try:
        return from_record(AttemptRecord.model_validate(fields))
    except ValidationError as error:
        raise ResultsFileError(f"{source}: attempt {uid}: {_reason(error)}") from error


def _add_row(grouped: dict[str, dict[str, Any]], row: dict[str, str]) -> None:
    """Add a row's answer to its attempt; the attempt columns must agree on every row."""
    if row["format_version"].strip() != str(RESULTS_FORMAT_VERSION):
        raise ValueError(f"format_version {row['format_version']!r} is not supported")
    head = _attempt_fields(row)
    known = grouped.setdefault(row["attempt_uid"], {**head, "answers": []})
    differing = [key for key, value in head.items() if known[key] != value]
    if differing:
        raise ValueError(
            f"column {differing[0]} differs from the first row of attempt {row['attempt_uid']}"
        )
    known["answers"].append(_answer_fields(row))
    known.setdefault("tag_names", {}).update(_named_tags(row))


def _attempt_fields(row: dict[str, str]) -> dict[str, Any]:
    return {
        "attempt_uid": row["attempt_uid"],
        **{k: _text(k, row[k]) for k in ("student_name", "set_id", "set_title", "set_hash")},
        **{k: row[k] for k in ("mode", "status", "started_at")},
        "ended_at": row["ended_at"] or None,
        "score": _number(row["attempt_score"]),
    }


def _answer_fields(row: dict[str, str]) -> dict[str, Any]:
    numbers = ("score", "points_earned", "points_possible", "seconds")
    return {
        "question_id": row["question_id"],
        "position": int(row["position"]),
        **{k: _number(row[k]) for k in numbers},
        "confidence": row["confidence"] or None,
        "answered_at": row["answered_at"],
        "tags": row["tags"].split(),
        "classify_items": [_pair(text) for text in row["classify_items"].split()],
        "response": json.loads(_text("response", row["response"]) or "null"),
        "prompt": _text("prompt", row.get("prompt") or "") or "",
    }


def _pair(text: str) -> ClassifyItemRecord:
    true, sep, chosen = text.partition(">")
    if not sep:
        raise ValueError(f"classify item {text!r} is not written as true>chosen")
    return ClassifyItemRecord(true_label=true, chosen_label=chosen or None)


def _number(text: str) -> float | None:
    return float(text.replace(",", ".")) if text.strip() else None


def _text(column: str, text: str) -> str | None:
    if column in _GUARDED_COLUMNS and text.startswith("'") and text[1:].startswith(_ESCAPED_STARTS):
        return text[1:]
    if column == "student_name":
        return text or None
    return text


def _reason(error: Exception) -> str:
    if isinstance(error, RecursionError):
        return "nested too deeply"
    if isinstance(error, ValidationError):
        first = error.errors()[0]
        return f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}"
    return str(error)


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
