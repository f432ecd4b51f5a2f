"""The layout of the results database and the ordered steps that bring any older file up to date.

``PRAGMA user_version`` holds the number of steps already applied. A new database runs every
step from the first, so the path an old file takes is the one every test exercises. A step is
never edited once released: a change of layout is a new step appended to ``MIGRATIONS``.

Version 1 is the plain layout: attempts, answers with their tags and classify pairs, Leitner
boxes, settings. Version 2 adds what the screens need to stay fast over years of answers:
running totals on each attempt, a per-day summary and each question's latest answer, all
back-filled from the answers.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from quizapp.results.records import DatabaseTooNew

_V1 = (
    """CREATE TABLE attempts (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        set_id TEXT NOT NULL,
        set_hash TEXT NOT NULL,
        set_title TEXT NOT NULL,
        mode TEXT NOT NULL CHECK (mode IN ('quiz', 'review', 'booster', 'exam')),
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'finished', 'abandoned')),
        started_at TEXT NOT NULL,
        ended_at TEXT,
        student_name TEXT,
        plan TEXT,
        CHECK ((status = 'open') = (ended_at IS NULL))
    )""",
    "CREATE INDEX attempts_by_set ON attempts (set_id, started_at)",
    "CREATE INDEX attempts_open ON attempts (status) WHERE status = 'open'",
    """CREATE TABLE answers (
        id INTEGER PRIMARY KEY,
        attempt_id INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
        question_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        response TEXT NOT NULL,
        score REAL NOT NULL,
        points_earned REAL NOT NULL,
        points_possible REAL NOT NULL,
        confidence TEXT CHECK (confidence IN ('sure', 'unsure')),
        seconds REAL NOT NULL,
        answered_at TEXT NOT NULL,
        UNIQUE (attempt_id, question_id)
    )""",
    """CREATE TABLE answer_tags (
        answer_id INTEGER NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (answer_id, tag)
    ) WITHOUT ROWID""",
    """CREATE TABLE answer_items (
        answer_id INTEGER NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
        item_index INTEGER NOT NULL,
        true_label TEXT NOT NULL,
        chosen_label TEXT,
        PRIMARY KEY (answer_id, item_index)
    ) WITHOUT ROWID""",
    """CREATE TABLE leitner (
        set_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        box INTEGER NOT NULL CHECK (box BETWEEN 1 AND 5),
        due_on TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (set_id, question_id)
    ) WITHOUT ROWID""",
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
)

# The per-day summary: for kind 'all' and 'tag', points earned / possible; for 'label', classify
# claims right / seen (per true label); for 'confidence', answers at full marks / given, per
# 'sure' and 'unsure'. ``n`` counts the answers (or claims) summed.
_DAILY_TABLE = """CREATE TABLE daily_stats (
    set_id TEXT NOT NULL,
    day TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('all', 'tag', 'label', 'confidence')),
    key TEXT NOT NULL,
    earned REAL NOT NULL,
    possible REAL NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (set_id, kind, key, day)
) WITHOUT ROWID"""

_V2 = (
    "ALTER TABLE attempts ADD COLUMN points_earned REAL NOT NULL DEFAULT 0",
    "ALTER TABLE attempts ADD COLUMN points_possible REAL NOT NULL DEFAULT 0",
    "ALTER TABLE attempts ADD COLUMN answered INTEGER NOT NULL DEFAULT 0",
    """UPDATE attempts SET
        points_earned = coalesce((SELECT sum(points_earned) FROM answers
                                  WHERE attempt_id = attempts.id), 0),
        points_possible = coalesce((SELECT sum(points_possible) FROM answers
                                    WHERE attempt_id = attempts.id), 0),
        answered = (SELECT count(*) FROM answers WHERE attempt_id = attempts.id)""",
    # Covers the home screen's per-set record, so it never reads the attempts' rows.
    """CREATE INDEX attempts_finished
        ON attempts (set_id, set_hash, started_at, points_earned, points_possible)
        WHERE status = 'finished' AND points_possible > 0""",
    "CREATE INDEX leitner_due ON leitner (due_on)",
    _DAILY_TABLE,
    # The latest answer to each question of a set: what "review my mistakes" replays.
    """CREATE TABLE latest_answers (
        set_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        answered_at TEXT NOT NULL,
        answer_id INTEGER NOT NULL,
        position INTEGER NOT NULL,
        score REAL NOT NULL,
        PRIMARY KEY (set_id, question_id)
    ) WITHOUT ROWID""",
)

# Day of an answer = the date part of its ISO timestamp, which carries the learner's own offset.
_DAY = "substr(an.answered_at, 1, 10)"
_FULL = "(an.score >= 1.0 - 1e-9)"

REBUILD_DAILY_STATS = (
    "DELETE FROM daily_stats",
    f"""INSERT INTO daily_stats
        SELECT at.set_id, {_DAY}, 'all', '', sum(an.points_earned), sum(an.points_possible),
               count(*)
        FROM answers an JOIN attempts at ON at.id = an.attempt_id
        GROUP BY at.set_id, {_DAY}""",
    f"""INSERT INTO daily_stats
        SELECT at.set_id, {_DAY}, 'tag', t.tag, sum(an.points_earned), sum(an.points_possible),
               count(*)
        FROM answer_tags t JOIN answers an ON an.id = t.answer_id
        JOIN attempts at ON at.id = an.attempt_id
        GROUP BY at.set_id, {_DAY}, t.tag""",
    f"""INSERT INTO daily_stats
        SELECT at.set_id, {_DAY}, 'label', i.true_label,
               sum(i.chosen_label IS i.true_label), count(*), count(*)
        FROM answer_items i JOIN answers an ON an.id = i.answer_id
        JOIN attempts at ON at.id = an.attempt_id
        GROUP BY at.set_id, {_DAY}, i.true_label""",
    f"""INSERT INTO daily_stats
        SELECT at.set_id, {_DAY}, 'confidence', an.confidence, sum({_FULL}), count(*), count(*)
        FROM answers an JOIN attempts at ON at.id = an.attempt_id
        WHERE an.confidence IS NOT NULL
        GROUP BY at.set_id, {_DAY}, an.confidence""",
)

REBUILD_LATEST_ANSWERS = (
    "DELETE FROM latest_answers",
    """INSERT INTO latest_answers
        SELECT set_id, question_id, answered_at, id, position, score FROM (
            SELECT at.set_id, an.question_id, an.answered_at, an.id, an.position, an.score,
                   row_number() OVER (PARTITION BY at.set_id, an.question_id
                                      ORDER BY an.answered_at DESC, an.id DESC) AS rn
            FROM answers an JOIN attempts at ON at.id = an.attempt_id)
        WHERE rn = 1""",
)

Step = Sequence[str]
MIGRATIONS: tuple[Step, ...] = (_V1, _V2 + REBUILD_DAILY_STATS + REBUILD_LATEST_ANSWERS)
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, steps: Sequence[Step] = MIGRATIONS) -> int:
    """Apply the pending steps, each in its own transaction; return the version reached.

    The connection must be in autocommit mode (``isolation_level=None``) so that each step's
    BEGIN/COMMIT is ours: a step either lands whole, version number included, or not at all.
    """
    version = schema_version(conn)
    if version > len(steps):
        raise DatabaseTooNew(
            f"this results file was written by a newer quizapp (layout {version}; this version "
            f"knows up to {len(steps)}); update quizapp to open it"
        )
    for number in range(version + 1, len(steps) + 1):
        run_in_transaction(conn, [*steps[number - 1], f"PRAGMA user_version = {number}"])
    return schema_version(conn)


def run_in_transaction(conn: sqlite3.Connection, statements: Sequence[str]) -> None:
    """Run statements as one IMMEDIATE transaction, rolled back whole on any error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in statements:
            conn.execute(statement)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
