"""verbs51: compare two dumps of benchmarks/intent50_dump.py (main, then the branch) on round
51's sets: findings added, those matching a key no finding matched before (keyed), keys lost,
speakers fixed and broken, on the whole corpus, the tuning set (blind27-49), its part keyed
under today's conventions (blind42-49) and the stand-in (blind50, its figures only).
intent50_compare does the same on round 50's sets; this one adds the blind42-49 row the round
51 brief asks for and prints the added findings' cues with --rows.

python benchmarks/verbs51_compare.py MAIN.json BRANCH.json [--rows]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

SETS = {
    "whole": r"",
    "tuning": r"blind(2[7-9]|3[0-9]|4[0-9])",
    "blind42-49": r"blind4[2-9]",
    "stand-in": r"blind50",
}


def article_tally(old: dict, new: dict) -> tuple[Counter, list]:
    """One article's counts between two dumps, and its added findings marked keyed or not."""
    spans = {tuple(f[0]) for f in old["finds"]}
    added = [f for f in new["finds"] if tuple(f[0]) not in spans]
    gained = {j: v for j, v in new["matched"].items() if j not in old["matched"]}
    keyed = {tuple(v[0]) for v in gained.values()}
    both = [j for j in new["matched"] if j in old["matched"]]
    count = Counter(
        added=len(added),
        keyed=sum(1 for f in added if tuple(f[0]) in keyed),
        gained=len(gained),
        lost=sum(1 for j in old["matched"] if j not in new["matched"]),
        fixed=sum(1 for j in both if new["matched"][j][1] and not old["matched"][j][1]),
        broken=sum(1 for j in both if old["matched"][j][1] and not new["matched"][j][1]),
    )
    return count, [(tuple(f[0]) in keyed, f) for f in added]


def set_totals(
    old_dump: dict, new_dump: dict, sets: dict[str, str]
) -> tuple[dict[str, Counter], list[tuple[str, str, list]]]:
    """Each set's counts summed over its articles, and per article (name, annotators, its
    added findings marked keyed or not); objects52_compare sums its own sets the same way."""
    totals = {name: Counter() for name in sets}
    added_by = []
    for name, old in old_dump.items():
        count, added = article_tally(old, new_dump[name])
        added_by.append((name, old["ann"], added))
        for label, pattern in sets.items():
            if re.search(pattern, name + " " + old["ann"]):
                totals[label] += count
    return totals, added_by


def print_totals(totals: dict[str, Counter]) -> None:
    """One line per set, its counts by name."""
    for label, count in totals.items():
        print(f"{label:11} " + " ".join(f"{k}={count[k]}" for k in sorted(count)))


def run(sets: dict[str, str], row: Callable[[str, str, bool, list], tuple | None]) -> None:
    """The command line the compare probes share (MAIN.json BRANCH.json [--rows]): the counts
    per set, then with --rows each added finding as ``row`` words it (None leaves it out)."""
    old_dump, new_dump = (json.loads(Path(p).read_text(encoding="utf-8")) for p in sys.argv[1:3])
    totals, added_by = set_totals(old_dump, new_dump, sets)
    print_totals(totals)
    if "--rows" in sys.argv:
        for name, ann, added in added_by:
            for keyed, f in added:
                if (words := row(name, ann, keyed, f)) is not None:
                    print(*words)


def main() -> None:
    """Print the counts per set, then (--rows) each added finding of the whole corpus."""
    run(SETS, lambda name, _, keyed, f: ("+" if keyed else "-", name, f[1], "|", f[2], "|", f[3]))


if __name__ == "__main__":
    main()
