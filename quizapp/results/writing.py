"""Writing one answer and everything derived from it, shared by live recording and import.

Running totals on the attempt and the per-day summary are updated in the same transaction as
the answer itself, so they can never disagree with the answers after a crash.
"""

from __future__ import annotations

import json
import sqlite3

from quizapp.results.records import (
    CONFIDENCES,
    FULL_MARKS,
    AnswerAlreadyRecorded,
    AnswerInput,
    Attempt,
    RecordedAnswer,
)

_UPSERT_DAILY = """INSERT INTO daily_stats (set_id, day, kind, key, earned, possible, n)
    VALUES (?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (set_id, kind, key, day) DO UPDATE SET earned = earned + excluded.earned,
        possible = possible + excluded.possible, n = n + excluded.n"""


def insert_answer(
    conn: sqlite3.Connection, attempt: Attempt, answer: AnswerInput, answered_at: str
) -> None:
    """Write one answer and everything derived from it; the caller holds the transaction."""
    answer_id = _insert_answer_row(conn, attempt, answer, answered_at)
    conn.executemany(
        "INSERT INTO answer_tags VALUES (?, ?)", [(answer_id, t) for t in set(answer.tags)]
    )
    conn.executemany(
        "INSERT INTO answer_items VALUES (?, ?, ?, ?)",
        [(answer_id, i, p.true_label, p.chosen_label) for i, p in enumerate(answer.items)],
    )
    conn.execute(
        """UPDATE attempts SET points_earned = points_earned + ?,
               points_possible = points_possible + ?, answered = answered + 1 WHERE id = ?""",
        (answer.points_earned, answer.points_possible, attempt.id),
    )
    conn.executemany(_UPSERT_DAILY, _daily_rows(attempt.set_id, answered_at[:10], answer))
    latest = (attempt.set_id, answer.question_id, answered_at, answer_id, answer.position)
    conn.execute(_UPSERT_LATEST, (*latest, answer.score))


# An imported older answer must not replace a newer one: the update only moves forward in time.
_UPSERT_LATEST = """INSERT INTO latest_answers VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (set_id, question_id) DO UPDATE SET answered_at = excluded.answered_at,
        answer_id = excluded.answer_id, position = excluded.position, score = excluded.score
    WHERE (excluded.answered_at, excluded.answer_id) > (answered_at, answer_id)"""


def _insert_answer_row(
    conn: sqlite3.Connection, attempt: Attempt, answer: AnswerInput, answered_at: str
) -> int:
    """The answer's own row, and its id; a question answered twice in an attempt is refused."""
    try:
        (answer_id,) = conn.execute(
            """INSERT INTO answers (attempt_id, question_id, position, response, score,
                   points_earned, points_possible, confidence, seconds, answered_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
            (attempt.id, answer.question_id, answer.position, json.dumps(answer.response),
             answer.score, answer.points_earned, answer.points_possible, answer.confidence,
             answer.seconds, answered_at),
        ).fetchone()  # fmt: skip
    except sqlite3.IntegrityError as error:
        raise AnswerAlreadyRecorded(
            f"question {answer.question_id!r} is already answered in attempt {attempt.id}"
        ) from error
    return answer_id


def _daily_rows(set_id: str, day: str, answer: AnswerInput) -> list[tuple[object, ...]]:
    """The per-day summary rows one answer adds to (see ``migrations._DAILY_TABLE``)."""
    points = (answer.points_earned, answer.points_possible, 1)
    rows = [(set_id, day, "all", "", *points)]
    rows += [(set_id, day, "tag", tag, *points) for tag in sorted(set(answer.tags))]
    rows += [(set_id, day, "label", p.true_label, int(p.right), 1, 1) for p in answer.items]
    if answer.confidence is not None:
        right = int(answer.score >= FULL_MARKS)
        rows.append((set_id, day, "confidence", answer.confidence, right, 1, 1))
    return rows


def check_answer(answer: AnswerInput) -> None:
    if answer.confidence is not None and answer.confidence not in CONFIDENCES:
        raise ValueError(f"confidence must be 'sure', 'unsure' or None, not {answer.confidence!r}")
    if not 0 <= answer.points_earned <= answer.points_possible:
        raise ValueError("points earned must lie between 0 and the points possible")
    if answer.seconds < 0:
        raise ValueError("time taken cannot be negative")


def insert_imported(conn: sqlite3.Connection, attempt: Attempt) -> Attempt:
    (new_id,) = conn.execute(
        """INSERT INTO attempts (uid, set_id, set_hash, set_title, mode, status, started_at,
               ended_at, student_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
        (attempt.uid, attempt.set_id, attempt.set_hash, attempt.set_title, attempt.mode,
         attempt.status, attempt.started_at, attempt.ended_at, attempt.student_name),
    ).fetchone()  # fmt: skip
    return Attempt(new_id, attempt.uid, attempt.set_id, attempt.set_hash, attempt.set_title,
                   attempt.mode, attempt.status, attempt.started_at, attempt.ended_at,
                   attempt.student_name)  # fmt: skip


def as_input(answer: RecordedAnswer) -> AnswerInput:
    return AnswerInput(
        answer.question_id, answer.position, answer.response, answer.points_earned,
        answer.points_possible, answer.seconds, answer.confidence, answer.tags, answer.items,
    )  # fmt: skip
