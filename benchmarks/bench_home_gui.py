"""Benchmark: the self-study home's whole snapshot over 1,000,000 answers, and the GUI meanwhile.

``bench_stats.py`` times the store's statistics query; the home shows more than that (the
resume offer, mistakes and due questions per set, every attempt's record), computed by
``quizapp.ui.study.stats`` in a worker thread. This script builds the same database as
``bench_stats.py`` (or reuses one kept with ``--db``), then, in a real QApplication (offscreen),
asks the worker for snapshots while a 5 ms timer runs on the GUI thread, and reports the
snapshot's time and the longest gap between two ticks: the longest the window could not
respond (the budget is 50 ms). It runs once as the app does (start-up objects frozen out of the
garbage collector) and once without, to show why the app freezes them.

    python benchmarks/bench_home_gui.py [--answers 1000000] [--db PATH] [--runs 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_stats import TODAY, build
from gui_gaps import GapTicker
from PySide6.QtCore import QEventLoop

from quizapp.app import application
from quizapp.ui.study.stats import HomeStatsLoader

TICK_MS = 5


def one_snapshot(
    loader: HomeStatsLoader, sets: Mapping[str, Any] | None = None, today: dt.date = TODAY
) -> tuple[float, float]:
    """Seconds for one snapshot, and the longest gap between GUI timer ticks meanwhile."""
    timer = GapTicker(TICK_MS)
    loop = QEventLoop()
    loader.ready.connect(loop.quit)
    loader.failed.connect(loop.quit)
    timer.start()
    start = time.perf_counter()
    loader.request(today, sets or {})
    loop.exec()
    elapsed = time.perf_counter() - start
    timer.stop()
    loader.ready.disconnect(loop.quit)
    loader.failed.disconnect(loop.quit)
    return elapsed, max(timer.gaps, default=0.0)


def measure(path: Path, runs: int, frozen: bool) -> None:
    loader = HomeStatsLoader(path)
    one_snapshot(loader)  # warm the page cache
    if frozen:
        gc.freeze()
    results = [one_snapshot(loader) for _ in range(runs)]
    if frozen:
        gc.unfreeze()
    label = "as the app runs (gc.freeze)" if frozen else "without gc.freeze"
    print(
        f"{label}: snapshot median {statistics.median(r[0] for r in results) * 1000:.0f} ms; "
        f"longest GUI gap median {statistics.median(r[1] for r in results) * 1000:.1f} ms, "
        f"max {max(r[1] for r in results) * 1000:.1f} ms (budget 50 ms)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--answers", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path, help="a results.db built by bench_stats.py --keep")
    args = parser.parse_args()
    application()
    if args.db:
        run(args.db, args.runs)
        return
    with tempfile.TemporaryDirectory(prefix="quizapp-bench-") as folder:
        path = Path(folder) / "results.db"
        started = time.perf_counter()
        build(path, args.answers)
        print(f"built {args.answers:,} answers in {time.perf_counter() - started:.1f} s")
        run(path, args.runs)


def run(path: Path, runs: int) -> None:
    measure(path, runs, frozen=True)
    measure(path, runs, frozen=False)


if __name__ == "__main__":
    main()
