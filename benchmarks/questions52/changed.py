"""List the questions two dumps (dump.py) word differently, outside the stand-in (questions52).

The stand-in (keys annotated blind51) is counted, never printed: reading its drafted
questions to judge a rule would make it tuning data. Prints per fix the number of questions
changed and, with --show, each changed line before and after.
Usage: changed.py START_DUMP BRANCH_DUMP [--show]
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "data" / "draft"


def stand_in(article: str) -> bool:
    key = json.loads((CORPUS / f"{article}.json").read_text(encoding="utf-8"))
    return "blind51" in str(key.get("annotated", ""))


def read(path: Path) -> dict[tuple[str, str], str]:
    rows = (line.split("\t", 2) for line in path.read_text(encoding="utf-8").splitlines())
    return {(a, q): words for a, q, words in rows}


def fix(before: str, after: str) -> str:
    """Which fix a change is: should, a lede's capitals, or a match's names."""
    if " should " in after and " should " not in before:
        return "object and infinitive: should"
    if re.search(r"\b[A-Z]{2,}\b", before) and before.lower() == after.lower():
        return "lede capitals"
    return "match names" if " -> " in before else "other"


def main(start: Path, branch: Path, show: bool) -> None:
    old, new = read(start), read(branch)
    assert set(old) == set(new), "the fixes reword questions, never add or drop one"
    counts: Counter = Counter()
    for key in sorted(old):
        if old[key] == new[key]:
            continue
        hidden = stand_in(key[0])
        counts[(fix(old[key], new[key]), "stand-in" if hidden else "rest")] += 1
        if show and not hidden:
            print(f"{key[0]} {key[1]}\n  - {old[key]}\n  + {new[key]}")
    for (name, where), count in sorted(counts.items()):
        print(f"{name}\t{where}\t{count}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), "--show" in sys.argv)
