"""Turning rows of the results database into values, shared by the writer and the queries."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from quizapp.results.records import (
    Attempt,
    ClassifyPair,
    DatabaseCorrupt,
    DatabaseUnavailable,
    RecordedAnswer,
)

DAMAGED_CODES = frozenset({11, 26})  # SQLITE_CORRUPT, SQLITE_NOTADB
ATTEMPT_COLUMNS = (
    "id, uid, set_id, set_hash, set_title, mode, status, started_at, ended_at, student_name, "
    "points_earned, points_possible, answered, plan"
)
_ANSWER_COLUMNS = (
    "id, attempt_id, question_id, position, response, score, points_earned, points_possible, "
    "confidence, seconds, answered_at"
)


def attempt_from_row(row: Sequence[Any]) -> Attempt:
    """Build an Attempt from a row selected with ``ATTEMPT_COLUMNS``, in that order."""
    *head, plan = row
    return Attempt(*head, plan=None if plan is None else stored_json(plan))


def select_attempts(
    conn: sqlite3.Connection, where: str, params: Sequence[Any] = ()
) -> list[Attempt]:
    """Attempts matching a WHERE clause (and any ORDER BY appended to it)."""
    sql = f"SELECT {ATTEMPT_COLUMNS} FROM attempts WHERE {where}"
    return [attempt_from_row(row) for row in conn.execute(sql, params)]


def answers_by_attempt(
    conn: sqlite3.Connection, attempt_ids: Iterable[int]
) -> dict[int, list[RecordedAnswer]]:
    """The answers of each attempt in the order they were given, tags and classify pairs included.

    Three queries in all, whatever the number of attempts: one per table, through the
    attempt's index, rather than one per answer.
    """
    ids = list(attempt_ids)
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        f"SELECT {_ANSWER_COLUMNS} FROM answers WHERE attempt_id IN ({marks})"
        " ORDER BY attempt_id, position, id",
        ids,
    ).fetchall()
    tags = _children(conn, "SELECT t.answer_id, t.tag FROM answer_tags t", marks, ids)
    items = _children(
        conn,
        "SELECT t.answer_id, t.true_label, t.chosen_label FROM answer_items t",
        marks,
        ids,
        order="t.answer_id, t.item_index",
    )
    result: dict[int, list[RecordedAnswer]] = {attempt_id: [] for attempt_id in ids}
    for answer_id, attempt_id, *fields in rows:
        result[attempt_id].append(_answer(fields, tags[answer_id], items[answer_id]))
    return result


def _children(
    conn: sqlite3.Connection,
    select: str,
    marks: str,
    ids: list[int],
    order: str = "t.answer_id, t.tag",
) -> defaultdict[int, list[tuple[Any, ...]]]:
    sql = (
        f"{select} JOIN answers an ON an.id = t.answer_id"
        f" WHERE an.attempt_id IN ({marks}) ORDER BY {order}"
    )
    grouped: defaultdict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for answer_id, *rest in conn.execute(sql, ids):
        grouped[answer_id].append(tuple(rest))
    return grouped


def _answer(
    fields: list[Any], tags: list[tuple[Any, ...]], items: list[tuple[Any, ...]]
) -> RecordedAnswer:
    question_id, position, response, *numbers = fields
    return RecordedAnswer(
        question_id,
        position,
        stored_json(response),
        *numbers,
        tags=tuple(tag for (tag,) in tags),
        items=tuple(ClassifyPair(true, chosen) for true, chosen in items),
    )


def stored_json(text: Any) -> Any:
    """A JSON column's value; a row damaged by another program reads as None, so one bad row
    does not stop the statistics (the home would never update again)."""
    try:
        return json.loads(text)
    except (TypeError, ValueError, RecursionError):
        return None


def primary_code(error: sqlite3.Error) -> int:
    """SQLite's primary result code of an error (extended codes carry it in the low byte)."""
    return int(getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF


@contextmanager
def corruption_as_error() -> Iterator[None]:
    """SQLite's failures as the store's own errors, which the UI turns into a message.

    A damaged file is DatabaseCorrupt (the UI can offer to start afresh); any other failure
    (locked by another quizapp, read-only, disk full) is DatabaseUnavailable, never a raw
    sqlite3 error that would lose an answer without a word.
    """
    try:
        yield
    except sqlite3.DatabaseError as error:
        if primary_code(error) in DAMAGED_CODES:
            raise DatabaseCorrupt(f"the results file is damaged: {error}") from error
        raise DatabaseUnavailable(f"the results file cannot be used now: {error}") from error
