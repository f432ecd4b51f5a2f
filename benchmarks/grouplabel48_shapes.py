"""The French LABEL rows (a finding matched to a key, its label not the key's) sorted by shape,
for the labels of groups given their own name (grouplabel48).

Why: issue 15's keys call a group named when the phrase names it (« L'opposition municipale
"Châteaudun pour tous" », « L'équipe Ensemble pour la Thiérache », « les élus de l'opposition
liste Mirande pour toutes et tous »: a list, a team, a collective is an organisation), and the
drafter labels the bare group vague. Before writing a rule, count how many LABEL rows that shape
holds against the reverse (a group with a name beside it labelled named where the key says
vague: « les syndicats CGT, SUD et FO », « les salariés de l'usine General Motors ») and the rest.

A row's shape is read on the key's speaker and the finding's: a group noun (``GROUP``) followed,
within three words, by a quotation mark, a capitalised word or « liste », is "a group with a
name beside it". Input: a dump of ``key_rows.py dump``.

    python benchmarks/grouplabel48_shapes.py ROWS.jsonl [--only REGEX] [--show 2]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

GROUP = (
    r"(?:opposition|équipe|liste|collectif|associations?|syndicats?|élus|groupes?|majorité|"
    r"comité|membres|représentants|organisateurs|leaders|mouvement|intersyndicale|fédération|"
    r"coordination|minorité|collectifs)"
)
_CAPITAL = re.compile(r"[\"«“]|\s(?:liste\s)?[A-ZÉÈÀ]")


def named_group(phrase: str | None) -> bool:
    """A group noun with its own name beside it: « L'équipe Ensemble pour … », « le collectif
    "X" », « l'opposition liste X », « les syndicats CGT et FO »."""
    if not phrase:
        return False
    for found in re.finditer(rf"\b{GROUP}\b", phrase, re.I):
        after = phrase[found.end() : found.end() + 60]
        window = " ".join(after.split()[:4])
        if _CAPITAL.search(" " + window) and window[:1] not in ",.;":
            return True
    return False


def shape(row: dict) -> str:
    """The shape of one LABEL row (see the module's docstring)."""
    grouped = named_group(row["want"]) or named_group(row["got"])
    if grouped and row["label"] == "vague" and row["want_label"] == "named":
        return "A. group with its name, vague for named"
    if grouped and row["label"] == "named" and row["want_label"] == "vague":
        return "B. group with a name, named for vague"
    side = "speaker right" if row["speaker_ok"] else "speaker wrong"
    return f"C. other, {side}: {row['label']} for {row['want_label']}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("rows", type=Path)
    parser.add_argument("--only")
    parser.add_argument("--show", type=int, default=2)
    args = parser.parse_args()
    shapes: dict[str, list[dict]] = defaultdict(list)
    for line in args.rows.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("key", -1) < 0 or row["lang"] != "fr" or not row["matched"]:
            continue
        if row["label_ok"] or (
            args.only and not re.search(args.only, row["article"] + " " + row["who"])
        ):
            continue
        shapes[shape(row)].append(row)
    for name in sorted(shapes):
        rows = shapes[name]
        print(f"{name}: {len(rows)}")
        for row in rows[: args.show]:
            print(f"    {row['article']}: {row['got']!r} (key {row['want']!r})")


if __name__ == "__main__":
    main()
