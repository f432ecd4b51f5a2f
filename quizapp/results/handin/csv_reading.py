"""Reading the CSV that ``export`` writes back into attempts, one row per answer.

Rows are grouped by attempt in the order they first appear; the attempt's columns must agree
on every row of it, one bad row spoils its attempt but not the file, and a CSV broken half-way
keeps the rows before the break. Either delimiter is read, and the row of translated column
names a spreadsheet-friendly export writes above the ids is skipped.
"""

from __future__ import annotations

import csv
import io
import json
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
    from_record,
)
from quizapp.results.handin.notice import Notice
from quizapp.results.handin.results_file import (
    ResultsFile,
    ResultsFileError,
    reason_of,
    refuse_if_nothing_kept,
)
from quizapp.results.records import AttemptWithAnswers


def parse_csv(text: str, source: str = "<csv>") -> ResultsFile:
    """Rows grouped back into attempts, in the order they first appear.

    A first row of column names in a language (written above the ids) is skipped.
    """
    reader = _csv_reader(text, source)
    grouped: dict[str, dict[str, Any]] = {}
    refused: dict[str, Notice] = {}  # attempt uid -> why its attempt is skipped
    skipped = _read_rows(reader, grouped, refused, source)
    attempts = _csv_attempts(grouped, refused, source)
    skipped += list(refused.values())
    kept = [attempt for attempt in attempts if attempt is not None]
    refuse_if_nothing_kept(kept, skipped)
    names = {a.attempt.student_name for a in kept}
    return ResultsFile(names.pop() if len(names) == 1 else None, None, kept, skipped)


def _csv_reader(text: str, source: str) -> csv.DictReader:
    """A reader past the row of translated column names, with the file's own delimiter, once
    every column the format needs is known to be there."""
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
    return reader


def _read_rows(
    reader: csv.DictReader,
    grouped: dict[str, dict[str, Any]],
    refused: dict[str, Notice],
    source: str,
) -> list[str]:
    """Every row into ``grouped`` by attempt (or its attempt into ``refused``); what a broken
    CSV stopped, said once: the rows before it still count."""
    try:
        for row in reader:
            _add_checked_row(grouped, refused, row, f"{source}:{reader.line_num}")
    except csv.Error as error:  # e.g. a quote that swallows the rest: what came before counts
        return [
            Notice.of(
                "results_csv_broken",
                "{source}: not a results CSV file: {reason} (from line {line}; "
                "the rest of the file is skipped)",
                source=source,
                reason=error,
                line=reader.line_num,
            )
        ]
    return []


def _csv_attempts(
    grouped: dict[str, dict[str, Any]], refused: dict[str, Notice], source: str
) -> list[AttemptWithAnswers | None]:
    """Each grouped attempt checked by the model; None (and a reason in ``refused``) when not."""
    attempts = []
    for uid, fields in grouped.items():
        try:
            attempts.append(_attempt(fields) if uid not in refused else None)
        except ValidationError as error:
            refused[uid] = Notice.of(
                "results_attempt_invalid",
                "{source}: attempt {uid}: {reason} (attempt {uid} skipped)",
                source=source, uid=uid, reason=reason_of(error),
            )  # fmt: skip
    return attempts


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
            where=where, uid=uid, reason=reason_of(error),
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
