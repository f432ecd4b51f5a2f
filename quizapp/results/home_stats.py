"""The self-study home's figures, read from the small tables kept up to date with each answer.

Every query here costs in proportion to the number of sets, attempts or days, never to the
number of answers: the per-set record scans the attempts' running totals once, the curves and
totals read the per-day summary in its key order (no sort), and the last score of each set is
one step down the attempts' (set, start) index.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field

from quizapp.results.stats_records import Calibration, MasteryPoint, SetHistory

_PER_VERSION = """SELECT set_id, set_hash, count(*), max(points_earned / points_possible),
        max(started_at)
    FROM attempts WHERE status = 'finished' AND points_possible > 0 {where}
    GROUP BY set_id, set_hash ORDER BY set_id"""
_LAST = """SELECT points_earned / points_possible, set_hash, set_title FROM attempts
    WHERE set_id = ? AND status = 'finished' AND points_possible > 0
    ORDER BY started_at DESC, id DESC LIMIT 1"""
_CURVES = """SELECT set_id, kind, key, day, earned, possible, n FROM daily_stats
    WHERE day >= ? {where}"""
_TOTALS = """SELECT set_id, kind, key, max(day), sum(earned), sum(possible), sum(n)
    FROM daily_stats {where} GROUP BY set_id, kind, key"""

Series = dict[str, list[MasteryPoint]]


@dataclass
class SetFigures:
    """Curves (by day, from a start day) and all-time totals of one set, by kind then key."""

    curves: dict[str, Series] = field(default_factory=dict)
    totals: dict[str, dict[str, MasteryPoint]] = field(default_factory=dict)


def histories(
    conn: sqlite3.Connection, current_hashes: Mapping[str, str], set_id: str | None = None
) -> list[SetHistory]:
    """Last and best score, attempts and earlier-version attempts of each set (or of one)."""
    where, params = ("AND set_id = ?", (set_id,)) if set_id else ("", ())
    grouped: dict[str, list[tuple[str, int, float, str]]] = {}
    for sid, set_hash, count, best, last_at in conn.execute(
        _PER_VERSION.format(where=where), params
    ):
        grouped.setdefault(sid, []).append((set_hash, count, best, last_at))
    return [
        _history(conn, sid, versions, current_hashes.get(sid)) for sid, versions in grouped.items()
    ]


def _history(
    conn: sqlite3.Connection,
    set_id: str,
    versions: list[tuple[str, int, float, str]],
    current_hash: str | None,
) -> SetHistory:
    last_score, last_hash, title = conn.execute(_LAST, (set_id,)).fetchone()
    earlier = sum(count for h, count, _, _ in versions if current_hash and h != current_hash)
    return SetHistory(
        set_id=set_id,
        title=title,
        attempts=sum(count for _, count, _, _ in versions),
        last_score=last_score,
        best_score=max(best for _, _, best, _ in versions),
        last_at=max(last_at for _, _, _, last_at in versions),
        earlier_version_attempts=earlier,
        last_on_earlier_version=bool(current_hash) and last_hash != current_hash,
    )


def figures(
    conn: sqlite3.Connection, since: dt.date | None, set_id: str | None = None
) -> dict[str, SetFigures]:
    """Per set: curves from ``since`` (None: from the start) and totals over all time."""
    where, params = ("AND set_id = ?", (set_id,)) if set_id else ("", ())
    result: dict[str, SetFigures] = {}
    start = since.isoformat() if since else ""
    for sid, kind, key, day, earned, possible, n in conn.execute(
        _CURVES.format(where=where), (start, *params)
    ):
        curves = result.setdefault(sid, SetFigures()).curves
        curves.setdefault(kind, {}).setdefault(key, []).append(
            MasteryPoint(day, earned, possible, n)
        )
    total_where = "WHERE set_id = ?" if set_id else ""
    for sid, kind, key, day, earned, possible, n in conn.execute(
        _TOTALS.format(where=total_where), params
    ):
        totals = result.setdefault(sid, SetFigures()).totals
        totals.setdefault(kind, {})[key] = MasteryPoint(day, earned, possible, n)
    return result


def calibration_from(totals: Mapping[str, MasteryPoint]) -> Calibration:
    """Calibration from the 'confidence' totals (earned = answers at full marks)."""
    sure, unsure = totals.get("sure"), totals.get("unsure")
    return Calibration(
        sure.n if sure else 0,
        int(sure.earned) if sure else 0,
        unsure.n if unsure else 0,
        int(unsure.earned) if unsure else 0,
    )
