"""Reading results files back (the JSON and CSV that ``export`` writes), from anyone.

A class's files come from students' machines: each is bounded, read only when it is a regular
file, and checked record by record, so one bad attempt or row is named and skipped while the
rest of the file still counts. Messages carry their catalogue key (``Notice``) so the command
line and the window say them in the user's language.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from quizapp.results.export_format import (
    AttemptRecord,
    ResultsFileRecord,
    from_record,
)
from quizapp.results.handin.csv_reading import parse_csv
from quizapp.results.handin.notice import Notice
from quizapp.results.handin.results_file import (
    ResultsFile,
    ResultsFileError,
    reason_of,
    refuse_if_nothing_kept,
)


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
    could wait forever) or larger than ``limit`` bytes; the same rule as ``sets.files.set_files``,
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
    data = _json_data(text, source)
    envelope = _envelope(data, source)
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
    refuse_if_nothing_kept(attempts, skipped)
    return ResultsFile(envelope.student_name, envelope.exported_at, attempts, skipped)


def _json_data(text: str, source: str) -> Any:
    """The parsed JSON, or the located reason it is none (bounded: a huge number or nesting
    is a refused file, not a crash)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        where = f"{source}:{error.lineno}:{error.colno}"
        message = Notice.of("results_invalid_json", "{where}: Invalid JSON: {reason}",
                            where=where, reason=error.msg)  # fmt: skip
        raise ResultsFileError(message) from error
    except (ValueError, RecursionError) as error:  # a 5,000-digit number, 100,000 brackets
        message = Notice.of("results_not_results_file", "{source}: not a results file: {reason}",
                            source=source, reason=reason_of(error))  # fmt: skip
        raise ResultsFileError(message) from error


def _envelope(data: Any, source: str) -> ResultsFileRecord:
    """The file's own fields (format, student, date), checked without its attempts."""
    try:
        return ResultsFileRecord.model_validate({**data, "attempts": []})
    except (ValidationError, TypeError) as error:
        message = Notice.of("results_file_invalid", "{source}: {reason}",
                            source=source, reason=reason_of(error))  # fmt: skip
        raise ResultsFileError(message) from error


def _skipped(source: str, number: int, uid: object, error: Exception) -> Notice:
    return Notice.of(
        "results_attempt_skipped",
        "{source}: attempt {number} ({uid}) skipped: {reason}",
        source=source, number=number, uid=uid, reason=reason_of(error),
    )  # fmt: skip
