"""Read side of the results database: history, mastery, mistakes, calibration, boosters.

The home screen's figures come from small tables kept up to date with every answer (running
totals on each attempt, a per-day summary), so their cost grows with the number of attempts and
days rather than with the number of answers. Queries about one set or one attempt go to the raw
answers through the indexes on attempt and set.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Mapping
from typing import Any, Literal, TypeVar

from quizapp.results import leitner
from quizapp.results.home_stats import SetFigures, calibration_from, figures, histories
from quizapp.results.rows import corruption_as_error, select_attempts
from quizapp.results.stats_records import (
    Calibration,
    HistoryEntry,
    HomeStats,
    MasteryPoint,
    SetHistory,
    SetOverview,
)

T = TypeVar("T")
Kind = Literal["tag", "label"]
_FULL = "1.0 - 1e-9"

_MASTERY_BY_ATTEMPT = {
    "tag": """SELECT at.id, at.started_at, t.tag, sum(an.points_earned),
                  sum(an.points_possible), count(*)
              FROM attempts at JOIN answers an ON an.attempt_id = at.id
              JOIN answer_tags t ON t.answer_id = an.id
              WHERE at.set_id = ? GROUP BY at.id, t.tag ORDER BY at.started_at, at.id""",
    "label": """SELECT at.id, at.started_at, i.true_label,
                    sum(i.chosen_label IS i.true_label), count(*), count(*)
                FROM attempts at JOIN answers an ON an.attempt_id = at.id
                JOIN answer_items i ON i.answer_id = an.id
                WHERE at.set_id = ? GROUP BY at.id, i.true_label ORDER BY at.started_at, at.id""",
}


class ResultsQueries:
    """The queries, mixed into ``ResultsDB`` so the UI has one object to talk to."""

    _conn: sqlite3.Connection

    def home_statistics(
        self, today: dt.date, current_hashes: Mapping[str, str], chart_days: int | None = 90
    ) -> HomeStats:
        """Everything the self-study home shows, for every set with a finished attempt.

        ``current_hashes`` maps a set id to the hash of the set as loaded now, so attempts made
        on an earlier version can be told apart. The curves cover the last ``chart_days`` days
        (None: all of them); totals and calibration cover all time.
        """
        since = today - dt.timedelta(days=chart_days - 1) if chart_days else None

        def query() -> HomeStats:
            found = histories(self._conn, current_hashes)
            figures_by_set = figures(self._conn, since)
            overviews = [_overview(h, figures_by_set.get(h.set_id, SetFigures())) for h in found]
            return HomeStats(overviews, leitner.due_count(self._conn, today), since)

        return self._guarded(query)

    def set_history(self, set_id: str, current_hash: str | None) -> SetHistory | None:
        """Last and best score and attempt counts of one set (None before any finished attempt)."""
        hashes = {set_id: current_hash} if current_hash else {}
        found = self._guarded(lambda: histories(self._conn, hashes, set_id))
        return found[0] if found else None

    def attempts_of_set(self, set_id: str, current_hash: str | None) -> list[HistoryEntry]:
        """Every attempt of a set, newest first, flagged when made on an earlier version."""
        where = "set_id = ? ORDER BY started_at DESC, id DESC"
        attempts = self._guarded(lambda: select_attempts(self._conn, where, (set_id,)))
        return [
            HistoryEntry(a, current_hash is not None and a.set_hash != current_hash)
            for a in attempts
        ]

    def mastery_by_day(self, set_id: str, kind: Kind) -> dict[str, list[MasteryPoint]]:
        """Per tag or per label, the share right on each day the set was practised."""
        found = self._guarded(lambda: figures(self._conn, None, set_id))
        return found[set_id].curves.get(kind, {}) if set_id in found else {}

    def mastery_by_attempt(self, set_id: str, kind: Kind) -> dict[str, list[MasteryPoint]]:
        """Per tag or per label, the share right in each attempt of the set, oldest first."""
        series: defaultdict[str, list[MasteryPoint]] = defaultdict(list)
        rows = self._read(_MASTERY_BY_ATTEMPT[kind], (set_id,))
        for attempt_id, started_at, key, earned, possible, n in rows:
            series[key].append(MasteryPoint(started_at, earned, possible, n, attempt_id))
        return dict(series)

    def confusion(
        self, set_id: str | None = None, attempt_id: int | None = None
    ) -> dict[tuple[str, str | None], int]:
        """Classify claims counted by (true label, chosen label), for one attempt, a set or all."""
        where, params = _scope(set_id, attempt_id)
        rows = self._read(
            f"""SELECT i.true_label, i.chosen_label, count(*) FROM answer_items i
                JOIN answers an ON an.id = i.answer_id JOIN attempts at ON at.id = an.attempt_id
                WHERE {where} GROUP BY i.true_label, i.chosen_label""",
            params,
        )
        return {(true, chosen): count for true, chosen, count in rows}

    def calibration(self, set_id: str | None = None, attempt_id: int | None = None) -> Calibration:
        """How often 'sure' (and 'not sure') answers were right, for one attempt, a set or all.

        A set's or the overall figure comes from the per-day summary; an attempt's from its
        own answers.
        """
        if attempt_id is None:
            where, params = ("AND set_id = ?", (set_id,)) if set_id is not None else ("", ())
            sql = f"""SELECT key, sum(n), sum(earned) FROM daily_stats
                      WHERE kind = 'confidence' {where} GROUP BY key"""
        else:
            params = (attempt_id,)
            sql = f"""SELECT confidence, count(*), sum(score >= {_FULL}) FROM answers
                      WHERE confidence IS NOT NULL AND attempt_id = ? GROUP BY confidence"""
        rows = self._read(sql, params)
        return _calibration({confidence: (n, right) for confidence, n, right in rows})

    def wrong_last_time(self, set_id: str) -> list[str]:
        """Questions whose latest answer in this set fell short of full marks ("my mistakes")."""
        rows = self._read(
            f"""SELECT question_id FROM latest_answers WHERE set_id = ? AND score < {_FULL}
                ORDER BY position, question_id""",
            (set_id,),
        )
        return [question_id for (question_id,) in rows]

    def due_today(self, today: dt.date, set_id: str | None = None) -> list[leitner.BoxState]:
        """The booster's questions: due on or before ``today``, across sets unless one is named."""
        return self._guarded(lambda: leitner.due(self._conn, today, set_id))

    def boxes(self, set_id: str) -> dict[str, leitner.BoxState]:
        return self._guarded(lambda: leitner.boxes(self._conn, set_id))

    def _read(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        """All rows of a query, fetched inside the guard (damage may show up while fetching)."""
        return self._guarded(lambda: self._conn.execute(sql, params).fetchall())

    def _guarded(self, query: Callable[[], T]) -> T:
        """Run a read, turning SQLite's 'damaged file' errors into DatabaseCorrupt."""
        with corruption_as_error():
            return query()


def _overview(history: SetHistory, found: SetFigures) -> SetOverview:
    curves, totals = found.curves, found.totals
    return SetOverview(
        history=history,
        overall_by_day=curves.get("all", {}).get("", []),
        label_by_day=curves.get("label", {}),
        tag_by_day=curves.get("tag", {}),
        label_total=totals.get("label", {}),
        tag_total=totals.get("tag", {}),
        calibration=calibration_from(totals.get("confidence", {})),
    )


def _calibration(counts: Mapping[str, tuple[float, float]]) -> Calibration:
    sure_n, sure_right = counts.get("sure", (0, 0))
    unsure_n, unsure_right = counts.get("unsure", (0, 0))
    return Calibration(int(sure_n), int(sure_right or 0), int(unsure_n), int(unsure_right or 0))


def _scope(set_id: str | None, attempt_id: int | None) -> tuple[str, tuple[Any, ...]]:
    if attempt_id is not None:
        return "an.attempt_id = ?", (attempt_id,)
    if set_id is not None:
        return "at.set_id = ?", (set_id,)
    return "1", ()
