"""Leitner boxes: spaced boosters so that attribution skills do not fade after one quiz.

Every question a learner has met sits in one of five boxes. A question answered wrong (anything
short of full marks) goes back to box 1; one answered right moves up a box, up to box 5. A box
is due again after 1, 3, 7, 14 or 30 days. A question never met counts as box 1, so a first
right answer lands in box 2.

The scheduling rules are pure functions of the day given by the caller: nothing here reads the
clock, which keeps every rule testable with any date.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

BOX_INTERVALS_DAYS: tuple[int, ...] = (1, 3, 7, 14, 30)
FIRST_BOX = 1
LAST_BOX = len(BOX_INTERVALS_DAYS)


@dataclass(frozen=True, slots=True)
class BoxState:
    """Where one question stands."""

    set_id: str
    question_id: str
    box: int
    due_on: dt.date


def next_box(current: int | None, right: bool) -> int:
    """The box after an answer: wrong -> 1, right -> one up (capped at the last box)."""
    if not right:
        return FIRST_BOX
    return min((current or FIRST_BOX) + 1, LAST_BOX)


def due_date(box: int, answered_on: dt.date) -> dt.date:
    """The day a question in ``box`` is due again, counted from the day it was answered."""
    if not FIRST_BOX <= box <= LAST_BOX:
        raise ValueError(f"Leitner box must be between {FIRST_BOX} and {LAST_BOX}, not {box}")
    return answered_on + dt.timedelta(days=BOX_INTERVALS_DAYS[box - 1])


def move(
    conn: sqlite3.Connection, set_id: str, question_id: str, right: bool, answered_at: str
) -> BoxState:
    """Move one question after an answer; runs inside the caller's transaction.

    ``answered_at`` is the answer's ISO timestamp: its date part is the learner's own day.
    """
    row = conn.execute(
        "SELECT box FROM leitner WHERE set_id = ? AND question_id = ?", (set_id, question_id)
    ).fetchone()
    box = next_box(row[0] if row else None, right)
    due = due_date(box, dt.date.fromisoformat(answered_at[:10]))
    conn.execute(
        """INSERT INTO leitner (set_id, question_id, box, due_on, updated_at)
           VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (set_id, question_id) DO UPDATE SET
               box = excluded.box, due_on = excluded.due_on, updated_at = excluded.updated_at""",
        (set_id, question_id, box, due.isoformat(), answered_at),
    )
    return BoxState(set_id, question_id, box, due)


def due(conn: sqlite3.Connection, today: dt.date, set_id: str | None = None) -> list[BoxState]:
    """Questions due on or before ``today``, most overdue first, across sets unless one is named."""
    sql = "SELECT set_id, question_id, box, due_on FROM leitner WHERE due_on <= ?"
    params: tuple[str, ...] = (today.isoformat(),)
    if set_id is not None:
        sql += " AND set_id = ?"
        params += (set_id,)
    rows = conn.execute(sql + " ORDER BY due_on, box, set_id, question_id", params)
    return [BoxState(s, q, b, dt.date.fromisoformat(d)) for s, q, b, d in rows]


def due_count(conn: sqlite3.Connection, today: dt.date) -> int:
    """How many questions are due today across all sets (the home screen's badge)."""
    row = conn.execute("SELECT count(*) FROM leitner WHERE due_on <= ?", (today.isoformat(),))
    return int(row.fetchone()[0])


def boxes(conn: sqlite3.Connection, set_id: str) -> dict[str, BoxState]:
    """Every question of a set that has a box, by question id."""
    rows = conn.execute("SELECT question_id, box, due_on FROM leitner WHERE set_id = ?", (set_id,))
    return {q: BoxState(set_id, q, b, dt.date.fromisoformat(d)) for q, b, d in rows}
