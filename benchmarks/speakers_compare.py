"""speakers_compare.py BASE NEW [--round N]: two speakers47_dump files compared, per set of keys.

The sets are those of round N's passes (default 48): the tuning set blind27 to blind(N-2), the
stand-in blind(N-1), and round N's own sealed batches, when the corpus already holds them, set
apart as "testN" (scored after the round's end, never decided on); the whole corpus is everything
else. For each: found, matched, right speakers and labels, then the keys whose speaker went from
wrong to right (fixed), right to wrong (broken) or wrong to another wrong (moved), and the keys
matched or lost. Prints the changed rows so each can be read. One script for every round (rounds
47 and 48 wrote a copy each, with its own sets).
"""

import argparse
import json
import re
from collections import Counter

ROUND = 48


def batch(ann: str) -> int | None:
    """The blind batch's round an article was keyed in, if any (« blind47c » -> 47)."""
    found = re.search(r"blind(\d\d)", ann)
    return int(found.group(1)) if found else None


def group(row: dict) -> str:
    """The set a row's article belongs to, for round ROUND's passes."""
    number = batch(row["art"] + " " + row["ann"])
    if number == ROUND:
        return f"test{ROUND}"
    if number == ROUND - 1:
        return "stand-in"
    return "tuning" if number is not None and 27 <= number <= ROUND - 2 else "rest"


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
    global ROUND
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument("base")
    parser.add_argument("new")
    parser.add_argument("--round", type=int, default=ROUND)
    args = parser.parse_args()
    ROUND = args.round
    base, bfound = load(args.base)
    new, nfound = load(args.new)
    test = f"test{ROUND}"
    views = {
        "whole": {"rest", "tuning", "stand-in"},
        "tuning": {"tuning"},
        "stand-in": {"stand-in"},
        test: {test},
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
