"""Reading results files back (the JSON and CSV that ``export`` writes), from anyone.

A class's files come from students' machines: each is bounded, read only when it is a regular
file, and checked record by record, so one bad attempt or row is named and skipped while the
rest of the file still counts. Messages carry their catalogue key (``Notice``) so the command
line and the window say them in the user's language.
"""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from quizapp.results.export_format import (
    CSV_COLUMNS,
    ESCAPED_STARTS,
    GUARDED_COLUMNS,
    OPTIONAL_COLUMNS,
    RESULTS_FORMAT_VERSION,
    TAG_NAME_SEPARATOR,
    AttemptRecord,
    ClassifyItemRecord,
    ResultsFileRecord,
    from_record,
)
from quizapp.results.handin.notice import Notice
from quizapp.results.records import AttemptWithAnswers, ResultsError


class ResultsFileError(ResultsError):
    """A results file that cannot be read: the message says where and why."""


@dataclass(frozen=True, slots=True)
class ResultsFile:
    """What a results file holds, whichever its format."""

    student_name: str | None
    exported_at: str | None
    attempts: list[AttemptWithAnswers]
    skipped: list[str] = field(default_factory=list)  # records refused, each with its reason


def read_export(path: Path, limit: int | None = None) -> ResultsFile:
    """Read a results file written by ``write_export`` (the format is told from the content)."""
    try:
        text = _read_regular_text(path, limit)
    except (OSError, UnicodeDecodeError) as error:
        raise ResultsFileError(
            Notice.of("results_unreadable", "{path}: cannot read the file: {reason}",
                      path=path, reason=error)
        ) from error  # fmt: skip
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
                Notice.of(
                    "results_not_regular",
                    "{path}: this is not a regular file (a pipe, a device or a socket)",
                    path=path,
                )
            )
        data = stream.read(-1 if limit is None else limit + 1)
    if limit is not None and len(data) > limit:
        raise ResultsFileError(
            Notice.of("results_too_large", "{path}: the file is larger than {megabytes} MB",
                      path=path, megabytes=limit // (1024 * 1024))
        )  # fmt: skip
    return data.decode("utf-8-sig")


def parse_json(text: str, source: str = "<json>") -> ResultsFile:
    """The file's attempts; one that breaks the format is named in ``skipped``, not fatal."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        where = f"{source}:{error.lineno}:{error.colno}"
        message = Notice.of("results_invalid_json", "{where}: Invalid JSON: {reason}",
                            where=where, reason=error.msg)  # fmt: skip
        raise ResultsFileError(message) from error
    except (ValueError, RecursionError) as error:  # a 5,000-digit number, 100,000 brackets
        message = Notice.of("results_not_results_file", "{source}: not a results file: {reason}",
                            source=source, reason=_reason(error))  # fmt: skip
        raise ResultsFileError(message) from error
    try:
        envelope = ResultsFileRecord.model_validate({**data, "attempts": []})
    except (ValidationError, TypeError) as error:
        message = Notice.of("results_file_invalid", "{source}: {reason}",
                            source=source, reason=_reason(error))  # fmt: skip
        raise ResultsFileError(message) from error
    raw_attempts = data.get("attempts")
    if not isinstance(raw_attempts, list):
        raise ResultsFileError(
            Notice.of("results_no_attempts", "{source}: attempts: the file holds no list of "
                      "attempts", source=source)
        )  # fmt: skip
    attempts, skipped = [], []
    for number, raw in enumerate(raw_attempts, start=1):
        try:
            attempts.append(from_record(AttemptRecord.model_validate(raw)))
        except ValidationError as error:
            uid = raw.get("attempt_uid") if isinstance(raw, dict) else None
            skipped.append(_skipped(source, number, uid, error))
    _refuse_if_nothing_kept(attempts, skipped)
    return ResultsFile(envelope.student_name, envelope.exported_at, attempts, skipped)


def _refuse_if_nothing_kept(kept: list[AttemptWithAnswers], skipped: list[str]) -> None:
    """A file all of whose records are bad is a bad file: said with its first reason."""
    if not kept and skipped:
        raise ResultsFileError(skipped[0])


def _skipped(source: str, number: int, uid: object, error: Exception) -> Notice:
    return Notice.of(
        "results_attempt_skipped",
        "{source}: attempt {number} ({uid}) skipped: {reason}",
        source=source, number=number, uid=uid, reason=_reason(error),
    )  # fmt: skip


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
        raise ResultsFileError(
            Notice.of("results_missing_columns", "{source}:1: missing column(s): {columns}",
                      source=source, columns=", ".join(missing))
        )  # fmt: skip
    grouped: dict[str, dict[str, Any]] = {}
    refused: dict[str, Notice] = {}  # attempt uid -> why its attempt is skipped
    skipped: list[str] = []
    try:
        for row in reader:
            _add_checked_row(grouped, refused, row, f"{source}:{reader.line_num}")
    except csv.Error as error:  # e.g. a quote that swallows the rest: what came before counts
        skipped.append(
            Notice.of(
                "results_csv_broken",
                "{source}: not a results CSV file: {reason} (from line {line}; "
                "the rest of the file is skipped)",
                source=source,
                reason=error,
                line=reader.line_num,
            )
        )
    attempts = []
    for uid, fields in grouped.items():
        try:
            attempts.append(_attempt(fields) if uid not in refused else None)
        except ValidationError as error:
            refused[uid] = Notice.of(
                "results_attempt_invalid",
                "{source}: attempt {uid}: {reason} (attempt {uid} skipped)",
                source=source, uid=uid, reason=_reason(error),
            )  # fmt: skip
    skipped += list(refused.values())
    kept = [attempt for attempt in attempts if attempt is not None]
    _refuse_if_nothing_kept(kept, skipped)
    names = {a.attempt.student_name for a in kept}
    return ResultsFile(names.pop() if len(names) == 1 else None, None, kept, skipped)


def _add_checked_row(
    grouped: dict[str, dict[str, Any]], refused: dict[str, Notice], row: dict, where: str
) -> None:
    """Add a row, or mark its attempt refused: one bad row spoils its attempt, not the file."""
    uid = str(row.get("attempt_uid") or "?")
    if None in row or None in row.values():
        refused.setdefault(uid, Notice.of(
            "results_row_cells",
            "{where}: the row does not have one cell per column (attempt {uid} skipped)",
            where=where, uid=uid,
        ))  # fmt: skip
        return
    try:
        _add_row(grouped, row)
    except (ValueError, ValidationError, RecursionError) as error:
        refused.setdefault(uid, Notice.of(
            "results_row_invalid", "{where}: {reason} (attempt {uid} skipped)",
            where=where, uid=uid, reason=_reason(error),
        ))  # fmt: skip


def _named_tags(row: dict[str, str]) -> dict[str, str]:
    """The tag names a row carries, by id (a cell that does not match its tags is ignored)."""
    tags = row["tags"].split()
    names = (_text("tag_names", row.get("tag_names") or "") or "").split(TAG_NAME_SEPARATOR)
    if len(names) != len(tags):
        return {}
    return {tag: name for tag, name in zip(tags, names, strict=True) if name and name != tag}


def _attempt(fields: dict[str, Any]) -> AttemptWithAnswers:
    """ValidationError when the rows of one attempt do not make a valid attempt."""
    return from_record(AttemptRecord.model_validate(fields))


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
    if column in GUARDED_COLUMNS and text.startswith("'") and text[1:].startswith(ESCAPED_STARTS):
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
