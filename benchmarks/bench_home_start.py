"""Benchmark: a start with many own sets, until the home's figures are drawn (mend54g).

Every own set listed at start asks for the home's figures again. This script builds the
database of ``bench_stats.py`` (``--answers``), writes ``--sets`` copies of a built-in set
under the ids that history uses, and starts a real window (offscreen) with them as the
teacher's own sets: it reports how many snapshots were computed, the time until the last one
was drawn, and, as a baseline from the same run, one snapshot over the same sets and day, the
start's time as a ratio of it (no budget: run it before and after a change on the same machine).

    python benchmarks/bench_home_start.py [--answers 200000] [--sets 20] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_home_gui import one_snapshot
from bench_stats import build
from PySide6.QtCore import QCoreApplication, QSettings
from ruamel.yaml import YAML

from quizapp.app import _default_loader, application, attach_study
from quizapp.results.datadir import results_db_path
from quizapp.sets.builtin import builtin_set_paths
from quizapp.ui.shell.main_window import MainWindow
from quizapp.ui.study import stats
from quizapp.ui.study.controller import local_now


def own_sets(folder: Path, count: int) -> list[Path]:
    """``count`` copies of the first built-in set, ids ``set-0``… as in the bench history."""
    yaml = YAML(typ="safe")
    data: dict[str, Any] = yaml.load(builtin_set_paths()[0].read_text(encoding="utf-8"))
    paths = []
    for number in range(count):
        path = folder / f"own{number}.quiz.yaml"
        with path.open("w", encoding="utf-8") as stream:
            yaml.dump(dict(data, id=f"set-{number}", title=f"Own {number}"), stream)
        paths.append(path)
    return paths


def one_start(folder: Path, paths: list[Path]) -> tuple[float, int]:
    """Seconds from the window's start until the home's last figures, and snapshots made."""
    made, real = [0], stats.compute_snapshot

    def counted(*args: Any) -> stats.HomeSnapshot:
        """The real computation, counted, so the bench reports how many a start made."""
        made[0] += 1
        return real(*args)

    stats.compute_snapshot = counted  # type: ignore[assignment]
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    started = time.perf_counter()
    window = MainWindow(settings, _default_loader())
    for path in paths:
        window.own_sets.remember(path)
    flow = attach_study(window, settings, folder)
    assert flow is not None
    window.load_library_in_background([])
    while len(window.library.entries()) < len(paths) or flow.stats.busy():
        QCoreApplication.processEvents()
    elapsed = time.perf_counter() - started
    stats.compute_snapshot = real  # type: ignore[assignment]
    flow.wait()
    window.close()
    flow.controller.db.close()
    return elapsed, made[0]


def main() -> None:
    """Time a start with many own sets against one snapshot of them, in the same run."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--answers", type=int, default=200_000)
    parser.add_argument("--sets", type=int, default=20)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    application()
    with tempfile.TemporaryDirectory(prefix="quizapp-bench-") as name:
        folder = Path(name)
        build(results_db_path(folder), args.answers)
        paths = own_sets(folder, args.sets)
        loader = stats.HomeStatsLoader(results_db_path(folder))
        sets = {f"set-{n}": (_default_loader()(p), p) for n, p in enumerate(paths)}
        one_snapshot(loader, sets, local_now().date())  # warm the page cache
        base = statistics.median(
            one_snapshot(loader, sets, local_now().date())[0] for _ in range(args.runs)
        )
        starts = [one_start(folder, paths) for _ in range(args.runs)]
    start = statistics.median(s[0] for s in starts)
    print(
        f"{args.sets} own sets, {args.answers:,} answers: one snapshot {base * 1000:.0f} ms; "
        f"start until the last figures {start * 1000:.0f} ms ({start / base:.1f} snapshots), "
        f"snapshots computed {[s[1] for s in starts]}"
    )


if __name__ == "__main__":
    main()
