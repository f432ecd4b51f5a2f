"""Benchmark: the quizapp bundle against a minimal PySide6 + pydantic window packaged the same way.

In one run it builds both one-folder bundles with the same PyInstaller options (``--clean``,
the shared pruning rules of ``build/bundle_rules.py``, strip, no UPX), then prints:

* the bundle size ratio quizapp / minimal (budget <= 1.3x);
* the start-up to the shown window, in paired runs whose order alternates, as the median of
  the per-pair ratios (budget <= 1.5x). Both apps print ``quizapp: window shown`` once their
  window has been shown when ``QUIZAPP_EXIT_WHEN_SHOWN=1``; the clock stops at that line.

Ratios, not seconds: the machine may be shared. A benchmark, not a test: it always exits 0
unless a build or a start fails.

    python benchmarks/bench_bundle.py [--runs 21] [--platform offscreen|xcb] [--no-build]

``--platform xcb`` needs an X display, e.g. ``xvfb-run -a python benchmarks/bench_bundle.py
--platform xcb``. Bundles land in ``benchmarks/out/`` (ignored by git).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "benchmarks" / "out"
SPECS = {
    "quizapp": REPO / "build" / "quizapp.spec",
    "minimal": REPO / "benchmarks" / "minimal_app" / "minimal.spec",
}
SIZE_BUDGET, START_BUDGET = 1.3, 1.5
SHOWN_LINE = "quizapp: window shown"


def build(name: str, work: Path) -> Path:
    """Build one bundle from a clean state; return its folder."""
    command = [sys.executable, "-m", "PyInstaller", "--clean", "--noconfirm", "--log-level=WARN"]
    command += ["--workpath", str(work / name), "--distpath", str(OUT / "dist"), str(SPECS[name])]
    env = {**os.environ, "QUIZAPP_ONEFILE": ""}  # the comparison is of one-folder bundles
    subprocess.run(command, cwd=REPO, env=env, check=True)
    return OUT / "dist" / name


def folder_size(folder: Path) -> int:
    """Bytes of the regular files under ``folder`` (symbolic links cost nothing)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def time_to_shown(executable: Path, env: dict[str, str]) -> float:
    """Seconds from spawning ``executable`` to its 'window shown' line."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(executable)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == SHOWN_LINE:
            elapsed = time.perf_counter() - started
            break
    else:
        raise RuntimeError(f"{executable} exited with {process.wait()} before showing its window")
    process.stdout.close()
    process.wait(timeout=60)
    return elapsed


def paired_start_ups(apps: dict[str, Path], runs: int, env: dict[str, str]) -> list[float]:
    """Per-pair ratios quizapp / minimal; the order alternates so neither always runs first."""
    for executable in apps.values():  # one unmeasured start each: page cache and font cache
        time_to_shown(executable, env)
    ratios = []
    for run in range(runs):
        order = ["quizapp", "minimal"] if run % 2 == 0 else ["minimal", "quizapp"]
        seconds = {name: time_to_shown(apps[name], env) for name in order}
        ratios.append(seconds["quizapp"] / seconds["minimal"])
        print(
            f"  run {run + 1:2}: quizapp {seconds['quizapp']:.3f} s, minimal "
            f"{seconds['minimal']:.3f} s, ratio {ratios[-1]:.2f}"
        )
    return ratios


def verdict(ratio: float, budget: float) -> str:
    return f"{ratio:.2f}x (budget <= {budget}x: {'within' if ratio <= budget else 'OVER'})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21, help="paired start-ups (default 21)")
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM for the runs")
    parser.add_argument("--no-build", action="store_true", help="measure the last build again")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="quizapp-bench-") as scratch:
        if not args.no_build:
            for name in SPECS:
                print(f"building {name} ...", flush=True)
                build(name, Path(scratch))
        folders = {name: OUT / "dist" / name for name in SPECS}
        sizes = {name: folder_size(folder) for name, folder in folders.items()}
        for name, size in sizes.items():
            print(f"{name:8} bundle: {size / 2**20:7.1f} MiB")
        print(
            "size ratio quizapp / minimal:",
            verdict(sizes["quizapp"] / sizes["minimal"], SIZE_BUDGET),
        )
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": args.platform,
            "QUIZAPP_EXIT_WHEN_SHOWN": "1",
            "QUIZAPP_DATA_DIR": str(Path(scratch) / "data"),
        }
        print(f"start-up to the shown window ({args.platform}, {args.runs} paired runs):")
        ratios = paired_start_ups(
            {name: folder / name for name, folder in folders.items()}, args.runs, env
        )
        print(
            "start-up ratio quizapp / minimal, median:",
            verdict(statistics.median(ratios), START_BUDGET),
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
