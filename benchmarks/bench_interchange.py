"""Benchmark: every import grows linearly with its input (issue 11, class 2).

Each case builds an input of size n and of size 2n and times the import of both (best of a
few runs, both sizes measured in the same run). Linear work doubles the time; quadratic work
quadruples it. The budget is a ratio below 3 for each case; the command exits 1 otherwise.

Cases (the attack campaign's inputs, at sizes that keep the whole run under a minute):

* ``xml-unclosed-tags``: a Moodle XML question whose HTML text is a run of ``&lt;a ``;
* ``gift-html``: one GIFT ``[html]`` question made of unfinished tags;
* ``gift-same-names``, ``aiken-many``, ``xml-same-names``: many questions with one name;
* ``gift-long-question``: one GIFT question of many lines.

    python benchmarks/bench_interchange.py [--scale 1.0] [--runs 3]
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quizapp.interchange.convert import import_file
from quizapp.sets.errors import LoadError

BUDGET = 3.0


def xml_unclosed_tags(n: int) -> tuple[str, str]:
    text = "&lt;a " * (n // 6)
    question = (
        '<question type="truefalse"><name><text>q</text></name>'
        f'<questiontext format="html"><text>{text}</text></questiontext>'
        '<answer fraction="100"><text>true</text></answer>'
        '<answer fraction="0"><text>false</text></answer></question>'
    )
    return "bank.xml", f'<?xml version="1.0"?><quiz>{question}</quiz>'


def gift_html(n: int) -> tuple[str, str]:
    return "bank.gift", "::q::[html]" + "<a " * (n // 3) + "{T}\n"


def gift_same_names(n: int) -> tuple[str, str]:
    return "bank.gift", "".join("::Same name::Is it true?{T}\n\n" for _ in range(n // 30))


def aiken_many(n: int) -> tuple[str, str]:
    block = "Who said it?\nA. Musk\nB. Trump\nANSWER: A\n\n"
    return "bank.txt", block * (n // len(block))


def xml_same_names(n: int) -> tuple[str, str]:
    question = (
        '<question type="truefalse"><name><text>Same name</text></name>'
        "<questiontext><text>Is it true?</text></questiontext>"
        '<answer fraction="100"><text>true</text></answer>'
        '<answer fraction="0"><text>false</text></answer></question>'
    )
    return "bank.xml", "<quiz>" + question * (n // len(question)) + "</quiz>"


def gift_long_question(n: int) -> tuple[str, str]:
    return "bank.gift", "::q::Is it\n" + "true\n" * (n // 5) + "{T}\n"


CASES: dict[str, tuple[Callable[[int], tuple[str, str]], int]] = {
    "xml-unclosed-tags": (xml_unclosed_tags, 240_000),
    "gift-html": (gift_html, 120_000),
    "gift-same-names": (gift_same_names, 600_000),
    "aiken-many": (aiken_many, 600_000),
    "xml-same-names": (xml_same_names, 1_500_000),
    "gift-long-question": (gift_long_question, 500_000),
}


Maker = Callable[[int], tuple[str, str]]


def time_import(folder: Path, make: Maker, size: int, runs: int) -> float:
    name, text = make(size)
    path = folder / f"{size}-{name}"
    path.write_text(text, encoding="utf-8")
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        with contextlib.suppress(LoadError):  # a located error's cost is measured as well
            import_file(path)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every input size")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    failed = 0
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        print(f"{'case':22} {'n chars':>10} {'t(n) s':>8} {'t(2n) s':>8} {'ratio':>6}")
        for name, (make, size) in CASES.items():
            size = int(size * args.scale)
            single = time_import(folder, make, size, args.runs)
            double = time_import(folder, make, 2 * size, args.runs)
            ratio = double / single if single > 0 else 0.0
            verdict = "ok" if ratio < BUDGET else "OVER BUDGET"
            failed += ratio >= BUDGET
            print(f"{name:22} {size:>10,} {single:8.3f} {double:8.3f} {ratio:6.2f} {verdict}")
    print(f"budget: t(2n) / t(n) < {BUDGET} (linear doubles, quadratic quadruples)")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
