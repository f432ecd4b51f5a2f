"""Opening the results file: WAL mode, migrations, and moving a damaged file aside."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from quizapp.results.migrations import migrate
from quizapp.results.records import DatabaseUnavailable


def connect(path: Path, migrate_it: bool) -> sqlite3.Connection:
    """Connect in autocommit mode with WAL; the header read makes a non-database fail here."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=5.0)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL: commits survive an app kill
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if migrate_it:
            migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def move_aside(path: Path, now: dt.datetime) -> Path:
    """Rename a damaged file (and its WAL sidecars) to ``<name>.corrupt-<timestamp>``."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
    try:
        path.replace(target)
        for suffix in ("-wal", "-shm"):
            sidecar = path.with_name(path.name + suffix)
            if sidecar.exists():
                sidecar.replace(target.with_name(target.name + suffix))
    except OSError as error:
        raise DatabaseUnavailable(f"cannot move the damaged results file aside: {error}") from error
    return target
