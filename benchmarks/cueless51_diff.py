"""Two quotes47_dump.py dumps diffed on round 51's bar (cueless51), per set: the whole corpus,
the tuning set (blind27-49), the keys under today's convention (blind42-49) and the stand-in
(blind50). quotes47_diff.py's tallies with this round's sets; --show prints the changed
findings of every set but the stand-in (scored, never read while designing).

python benchmarks/cueless51_diff.py OLD.jsonl NEW.jsonl [--show]
"""

from __future__ import annotations

import re
import sys

import quotes47_diff

SETS = {
    "whole": "",
    "tuning": r"blind(2[7-9]|3\d|4\d)",
    "today": r"blind4[2-9]",
    "stand-in": "blind50",
}


def main(old_path: str, new_path: str, show: bool) -> None:
    old, new = quotes47_diff.load(old_path), quotes47_diff.load(new_path)
    for label, pattern in SETS.items():
        tally = dict.fromkeys(
            ["added", "added_keyed", "found", "gained", "lost", "sp_fixed", "sp_broken"], 0
        )
        tally["speakers"] = 0
        for name, row in new.items():
            if re.search(pattern, name + " " + row["annotated"]):
                reading = show and label == "whole" and "blind50" not in row["annotated"]
                quotes47_diff.diff_article(old[name], row, tally, reading)
        print(label, tally)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], "--show" in sys.argv)
