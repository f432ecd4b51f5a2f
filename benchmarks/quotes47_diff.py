"""Diff of two quotes47_dump.py dumps on the bar of round 47's brief, per set.

For the whole corpus, the tuning set (blind27-45) and the stand-in (blind46): findings added
(a content span the old dump lacks) and how many of them match a key no old finding matched,
keys gained and lost, speakers fixed and broken on keys matched in both. With --show, each
changed finding is printed with the text around it, to read.

python benchmarks/quotes47_diff.py OLD.jsonl NEW.jsonl [--show]
"""

from __future__ import annotations

import json
import re
import sys

from draft_eval import CORPUS

SETS = {"whole": "", "tuning": r"blind(2[7-9]|3[0-9]|4[0-5])", "stand-in": "blind46"}


def load(path: str) -> dict[str, dict]:
    with open(path, encoding="utf-8") as source:
        return {row["name"]: row for row in map(json.loads, source)}


def key_state(row: dict) -> dict[int, bool]:
    """Each matched key's index, with whether its speaker is right."""
    return {f[4]: f[5] for f in row["found"] if f[4] is not None}


def diff_article(old: dict, new: dict, tally: dict, show: bool) -> None:
    before, after = key_state(old), key_state(new)
    spans = {tuple(f[0]) for f in old["found"]}
    added = [f for f in new["found"] if tuple(f[0]) not in spans]
    tally["added"] += len(added)
    tally["added_keyed"] += sum(1 for f in added if f[4] is not None and f[4] not in before)
    tally["found"] += len(new["found"]) - len(old["found"])
    tally["gained"] += len(set(after) - set(before))
    tally["lost"] += len(set(before) - set(after))
    both = set(before) & set(after)
    tally["sp_fixed"] += sum(1 for j in both if after[j] and not before[j])
    tally["sp_broken"] += sum(1 for j in both if before[j] and not after[j])
    tally["speakers"] += sum(after.values()) - sum(before.values())
    if show and (added or before != after):
        text = (CORPUS / f"{new['name']}.txt").read_text(encoding="utf-8")
        for f in added:
            s, e = f[0]
            keyed = "KEYED" if f[4] is not None and f[4] not in before else "unkeyed"
            context = text[max(0, s - 120) : e + 80]
            print(f"+ {new['name']} {keyed} sp={f[1]!r} ok={f[5]}\n   {context!r}")
        for j in both:
            if before[j] != after[j]:
                print(
                    f"~ {new['name']} key {j} speaker {'fixed' if after[j] else 'BROKEN'}: "
                    f"want {new['keys'][j][1]!r}"
                )


def main(old_path: str, new_path: str, show: bool) -> None:
    old, new = load(old_path), load(new_path)
    for label, pattern in SETS.items():
        tally = dict.fromkeys(
            [
                "added",
                "added_keyed",
                "found",
                "gained",
                "lost",
                "sp_fixed",
                "sp_broken",
                "speakers",
            ],
            0,
        )
        for name, row in new.items():
            if re.search(pattern, name + " " + row["annotated"]):
                diff_article(old[name], row, tally, show and label == "whole")
        print(label, tally)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], "--show" in sys.argv)
