"""objects52: verbs51_compare's counts (findings added, keyed, keys gained and lost, speakers
fixed and broken) on round 52's sets: the whole corpus, the tuning set (blind27-50), its keys
under today's convention (blind42-50, why50) and the stand-in (blind51, its figures only).

python benchmarks/objects52_compare.py MAIN.json BRANCH.json [--rows]   (intent50_dump dumps)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from verbs51_compare import run

SETS = {
    "whole": r"",
    "tuning": r"blind(2[7-9]|3[0-9]|4[0-9]|50)",
    "blind42-50": r"blind(4[2-9]|50)",
    "stand-in": r"blind51",
}


def row(name: str, ann: str, keyed: bool, f: list) -> tuple | None:
    """An added finding's line, marked keyed (+) and today's convention (R); the stand-in's
    findings are left out (its figures only)."""
    if "blind51" in ann:
        return None
    recent = re.search(SETS["blind42-50"], ann) is not None
    return ("+" if keyed else "-", "R" if recent else " ", name[:44], f[2], "|", f[3][:100])


def main() -> None:
    """Print the counts per set, then (--rows) each added finding outside the stand-in."""
    run(SETS, row)


if __name__ == "__main__":
    main()
