"""nobody48_compare.py BASE NEW: two speakers47_dump files compared, per set of keys.

speakers48_compare after round 48's end score: for the whole corpus (blind48, now the test
split, left out and shown apart as "test48"), the tuning set (blind27-46) and the stand-in
(blind47): found, matched, right speakers and labels, then the keys whose speaker went from
wrong to right (fixed), right to wrong (broken) or wrong to another wrong (moved), and the
keys matched or lost. Prints the changed rows so each can be read.
"""

import json
import re
import sys
from collections import Counter

TUNING = re.compile(r"blind(2[7-9]|3[0-9]|4[0-6])")


def group(row: dict) -> str:
    """The set a row's article belongs to (every article is in the whole corpus)."""
    ann = row["art"] + " " + row["ann"]
    if "blind48" in ann:
        return "test48"
    if "blind47" in ann:
        return "stand-in"
    return "tuning" if TUNING.search(ann) else "rest"


def load(path: str) -> tuple[dict, Counter]:
    """The matched keys (article, key index) -> row, and the findings counted per set."""
    matched, found = {}, Counter()
    with open(path, encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines]
    for row in rows:
        found[group(row)] += 1
        if row["key"] is not None:
            matched[(row["art"], row["key"])] = row
    return matched, found


def tally(matched: dict, found: Counter, sets: set[str]) -> str:
    """found / matched / speakers / labels over the sets named."""
    rows = [r for r in matched.values() if group(r) in sets]
    right = sum(r["right"] for r in rows)
    labels = sum(r["label"] == r["key_label"] for r in rows)
    count = sum(found[s] for s in sets)
    return f"found {count} matched {len(rows)} speakers {right} labels {labels}"


def change(b: dict | None, n: dict | None) -> str:
    """What became of a key's speaker: fixed, broken, moved (wrong to another wrong),
    rewritten (right to another right), or the key gained or lost."""
    if not (b and n):
        return "gained" if n else "lost"
    if b["right"] == n["right"]:
        return "rewritten" if n["right"] else "moved"
    return "fixed" if n["right"] else "broken"


def main() -> None:
    base, bfound = load(sys.argv[1])
    new, nfound = load(sys.argv[2])
    views = {
        "whole": {"rest", "tuning", "stand-in"},
        "tuning": {"tuning"},
        "stand-in": {"stand-in"},
        "test48": {"test48"},
    }
    changes = Counter()
    for k in sorted(set(base) | set(new)):
        b, n = base.get(k), new.get(k)
        g = group(b or n)
        if b and n and b["speaker"] == n["speaker"]:
            continue
        what = change(b, n)
        changes[(g, what)] += 1
        was, now = (b or {}).get("speaker"), (n or {}).get("speaker")
        print(g, what, k[0], repr(was), "->", repr(now), "key", repr((b or n)["key_speaker"]))
    for name, sets in views.items():
        print(f"{name}: base {tally(base, bfound, sets)}")
        print(f"{' ' * len(name)}  new  {tally(new, nfound, sets)}")
        kinds = ("fixed", "broken", "moved", "rewritten", "gained", "lost")
        print(
            "   ",
            {w: sum(c for (g, x), c in changes.items() if g in sets and x == w) for w in kinds},
        )


if __name__ == "__main__":
    main()
