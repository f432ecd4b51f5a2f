"""Benchmark: the self-study home's statistics over a database of 1,000,000 answers.

It builds a results database through the real migrations, fills it in one transaction (ten
sets, 20 questions an attempt, a fifth of them classify questions of four claims, spread over
two years), then times, in paired runs whose order alternates:

* ``home``: ``ResultsDB.home_statistics`` (per set last/best score, attempts, earlier-version
  count, mastery per label and per tag by day, calibration, due-today count);
* ``baseline``: the plain SQL aggregate ``avg(score)`` per set over the answers table.

It prints the median of the per-pair ratios home / baseline (the budget is <= 2x). For context it
also times the same mastery curves computed from the raw answers (what the per-day summary
saves), and the cost of recording one answer into the big database, alone and while another
thread computes the home statistics (the quiz window must not freeze).

    python benchmarks/bench_stats.py [--answers 1000000] [--runs 9] [--keep DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quizapp.results.database import ResultsDB
from quizapp.results.migrations import REBUILD_DAILY_STATS, REBUILD_LATEST_ANSWERS
from quizapp.results.records import AnswerInput, ClassifyPair

SETS = 10
QUESTIONS_PER_ATTEMPT = 20
LABELS = ("named", "anonymous", "vague", "author", "fact")
TAGS = ("attribution", "sourcing", "facts", "framing")
DAYS = 730
TODAY = dt.date(2026, 3, 1)
ZONE = dt.timezone(dt.timedelta(hours=1))
BASELINE_SQL = """SELECT at.set_id, avg(an.score) FROM answers an
    JOIN attempts at ON at.id = an.attempt_id GROUP BY at.set_id"""
# The per-day summary's own rebuild queries, minus the INSERT: the curves from the raw answers.
RAW_MASTERY_SQL = [sql.replace("INSERT INTO daily_stats", "", 1) for sql in REBUILD_DAILY_STATS[1:]]


def build(path: Path, answers: int, seed: int = 5) -> None:
    """Create the database through the migrations, then bulk-load it in one transaction."""
    db, _ = ResultsDB.open(path, dt.datetime(2026, 3, 1, tzinfo=ZONE))
    db.close()
    conn = sqlite3.connect(path, isolation_level=None)
    rng = random.Random(seed)
    attempts = answers // QUESTIONS_PER_ATTEMPT
    rows: dict[str, list[tuple[object, ...]]] = {"attempts": [], "tags": [], "items": []}
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO answers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        _answers(rng, attempts, rows),
    )
    conn.executemany("INSERT INTO attempts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     rows["attempts"])  # fmt: skip
    conn.executemany("INSERT INTO answer_tags VALUES (?, ?)", rows["tags"])
    conn.executemany("INSERT INTO answer_items VALUES (?, ?, ?, ?)", rows["items"])
    conn.executemany("INSERT INTO leitner VALUES (?, ?, ?, ?, ?)", _boxes(rng))
    for statement in REBUILD_DAILY_STATS + REBUILD_LATEST_ANSWERS:
        conn.execute(statement)
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()


def _answers(
    rng: random.Random, attempts: int, rows: dict[str, list[tuple[object, ...]]]
) -> Iterator[tuple[object, ...]]:
    """Answer rows, filling the attempt, tag and claim rows on the side."""
    answer_id = 0
    for attempt_id in range(1, attempts + 1):
        set_id = f"set-{attempt_id % SETS}"
        day = TODAY - dt.timedelta(days=DAYS - attempt_id * DAYS // attempts)
        earned_total = 0.0
        for position in range(QUESTIONS_PER_ATTEMPT):
            answer_id += 1
            earned, items = _score(rng, position)
            earned_total += earned
            rows["tags"].append((answer_id, TAGS[position % len(TAGS)]))
            rows["items"] += [
                (answer_id, i, true, chosen) for i, (true, chosen) in enumerate(items)
            ]
            confidence = rng.choice(("sure", "unsure", None))
            moment = f"{day.isoformat()}T10:{position:02d}:00+01:00"
            yield (answer_id, attempt_id, f"q{position}", position, '{"picked": [0]}', earned,
                   earned, 1.0, confidence, 5.0, moment)  # fmt: skip
        status = "open" if attempt_id > attempts - 3 else "finished"
        ended = None if status == "open" else f"{day.isoformat()}T11:00:00+01:00"
        version = "v1" if attempt_id < attempts // 2 else "v2"
        rows["attempts"].append(
            (attempt_id, f"uid-{attempt_id}", set_id, version, set_id.upper(), "quiz", status,
             f"{day.isoformat()}T10:00:00+01:00", ended, "Zoé", None, earned_total,
             float(QUESTIONS_PER_ATTEMPT), QUESTIONS_PER_ATTEMPT)
        )  # fmt: skip


def _score(rng: random.Random, position: int) -> tuple[float, list[tuple[str, str]]]:
    if position % 5 != 4:
        return (1.0 if rng.random() < 0.7 else 0.0), []
    items = []
    for true in rng.sample(LABELS, 4):
        chosen = true if rng.random() < 0.6 else rng.choice(LABELS)
        items.append((true, chosen))
    return sum(t == c for t, c in items) / len(items), items


def _boxes(rng: random.Random) -> Iterator[tuple[object, ...]]:
    for set_index in range(SETS):
        for question in range(QUESTIONS_PER_ATTEMPT):
            due = TODAY + dt.timedelta(days=rng.randint(-10, 20))
            yield (f"set-{set_index}", f"q{question}", rng.randint(1, 5), due.isoformat(),
                   "2026-02-01T10:00:00+01:00")  # fmt: skip


def timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def paired(first: Callable[[], object], second: Callable[[], object], runs: int) -> list[float]:
    """Ratios first/second over paired runs, alternating which goes first."""
    ratios = []
    for run in range(runs):
        if run % 2:
            b, a = timed(second), timed(first)
        else:
            a, b = timed(first), timed(second)
        ratios.append(a / b)
    return ratios


def record_latencies(db: ResultsDB, count: int) -> list[float]:
    moment = dt.datetime(2026, 3, 1, 12, tzinfo=ZONE)
    attempt = db.start_attempt("set-0", "v2", "SET-0", "quiz", moment)
    pairs = (ClassifyPair("named", "named"), ClassifyPair("vague", "anonymous"))
    times = []
    for position in range(count):
        answer = AnswerInput(f"bench-{position}", position, {"labels": ["named"]}, 0.5, 1.0,
                             4.0, "sure", ("sourcing",), pairs)  # fmt: skip
        times.append(timed(lambda a=answer: db.record_answer(attempt.id, a, moment)))
    db.finish_attempt(attempt.id, moment)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--answers", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--keep", type=Path, help="build the database in this folder and keep it")
    args = parser.parse_args()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        run(args.keep / "results.db", args.answers, args.runs)
        return
    with tempfile.TemporaryDirectory(prefix="quizapp-bench-") as folder:
        run(Path(folder) / "results.db", args.answers, args.runs)


def run(path: Path, answers: int, runs: int) -> None:
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
    build_time = timed(lambda: build(path, answers))
    size = path.stat().st_size / 1e6
    print(f"built {answers:,} answers in {build_time:.1f} s ({size:.0f} MB)")
    report(path, runs)


def report(path: Path, runs: int) -> None:
    db, _ = ResultsDB.open(path, dt.datetime(2026, 3, 1, tzinfo=ZONE))
    plain = sqlite3.connect(path)  # the baseline's own connection, as any SQL client would use
    hashes = {f"set-{i}": "v2" for i in range(SETS)}

    def home() -> object:
        return db.home_statistics(TODAY, hashes)

    def baseline() -> object:
        return plain.execute(BASELINE_SQL).fetchall()

    def raw() -> object:
        return [plain.execute(sql).fetchall() for sql in RAW_MASTERY_SQL]

    home(), baseline()  # warm the page cache so that both sides start equal
    ratios = paired(home, baseline, runs)
    print(f"home statistics: median {_median_ms(home)} ms")
    print(f"plain aggregate: median {_median_ms(baseline)} ms")
    print(
        f"ratio home / plain aggregate, median of {runs} paired runs: "
        f"{statistics.median(ratios):.2f}x (min {min(ratios):.2f}, max {max(ratios):.2f}; "
        "budget <= 2x)"
    )
    raw_ratio = statistics.median(paired(raw, baseline, max(3, runs // 3)))
    print(f"for context, the same curves from the raw answers: {raw_ratio:.2f}x the aggregate")
    _print_latencies("record_answer on the big database", record_latencies(db, 200))
    _print_latencies(
        "record_answer while a reader thread computes the home statistics",
        concurrent_latencies(path, db),
    )
    plain.close()
    db.close()


def _median_ms(call: Callable[[], object]) -> str:
    return f"{statistics.median(timed(call) for _ in range(5)) * 1e3:.1f}"


def _print_latencies(what: str, seconds: list[float]) -> None:
    median, worst = statistics.median(seconds) * 1e3, max(seconds) * 1e3
    print(f"{what}: median {median:.2f} ms, max {worst:.2f} ms (GUI budget 50 ms)")


def concurrent_latencies(path: Path, db: ResultsDB) -> list[float]:
    """Writer on this thread, statistics on a worker with its own read-only connection."""
    stop = threading.Event()

    def worker() -> None:
        reader = ResultsDB.open_reader(path)
        while not stop.is_set():
            reader.home_statistics(TODAY, {})
        reader.close()

    thread = threading.Thread(target=worker)
    thread.start()
    try:
        return record_latencies(db, 200)
    finally:
        stop.set()
        thread.join()


if __name__ == "__main__":
    main()
