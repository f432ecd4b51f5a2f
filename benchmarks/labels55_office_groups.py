"""Every French key whose speaker is a group of office holders, by shape, with the keys' labels
and the drafter's (labels55).

Why: round 54's sealed local batches read 0.79 on labels, most of the wrong ones a group of
office holders (« les maires des Aravis », « les élus d'opposition crémolane (CpC) », « la
majorité ») that some annotators key vague and others named. Before a rule, count the keys
(not only the wrong rows) of each shape and how each batch labels them: the drafter should
follow the majority convention per shape, not one annotator.

Shapes, read on the key's speaker (rough patterns, listed with ``--show``):
- A1 one office across several places named one by one (« les maires de Huningue et Weil am
  Rhein »); A2 across one place or body (« les maires des Aravis »);
- B members of a named party or list (« Les élus UMP », « les élus d'opposition … (CpC) »),
  B0 of an opposition or majority with no name (« Les 16 élus de l'opposition »);
- C la majorité / la minorité, bare or with a name; C' l'opposition, bare or with a name;
- D a group of people the phrase names (« Les députés A (PTB), B (PS) … »);
- E a bare plural office (« les élus », « les opposants »); F any other plural office.

    python benchmarks/labels55_office_groups.py ROWS.jsonl [--only REGEX] [--show]

``ROWS.jsonl``: a dump of ``key_rows.py dump`` (the drafter's reading of every key).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict

from quizapp.draft.words.lexicon import load

_LEX = load("fr")
# the drafter's own office nouns (lexicon ``plural_office_heads``), and two plurals the tally
# also counts as groups of office holders though the drafter reads them elsewhere
_OFFICE = "|".join(map(re.escape, [*_LEX.raw["plural_office_heads"], "colistiers", "opposants"]))
_OPENERS = "|".join(re.escape(o).replace("'", "['’]") for o in _LEX.raw["office_group_openers"])
_OPENING = rf"(?:{_OPENERS}|(?:les )?(?:deux|trois|quatre|cinq|six|sept|\d+))"
_PLURAL_OFFICE = re.compile(rf"^{_OPENING}\s+(?:\w+\s+)?(?:{_OFFICE})\b(?P<rest>.*)$", re.I)
_SIDE = re.compile(r"^(?:la|sa|leur|une) (?:nouvelle )?(?:majorité|minorité)\b(?! des)", re.I)
_OPPOSITION = re.compile(r"^(?:l['’]|son |leur )opposition\b(?P<rest>.*)$", re.I)
_SIDE_WORDS = r"d['’]opposition|de l['’]opposition|des oppositions|de la majorité|des minorités"
_PARTY = r"[A-Z]{2,}|Les Républicains|Ecolo|liste|groupe"
_NAMED_PEOPLE = re.compile(r"[A-Z][a-zé]+ [A-Z][A-Za-zé-]+(?:,| et |\)|$)")


def shape(speaker: str) -> str | None:
    """The shape of a key's speaker, None when it is no group of office holders."""
    words = speaker.strip()
    if _SIDE.match(words):
        return "C majority/minority" + (" +name" if re.search(r"[A-Z«\"(]", words[3:]) else "")
    opposition = _OPPOSITION.match(words)
    if opposition:
        return "C' opposition" + (" +name" if re.search(r"[A-Z«\"]", opposition["rest"]) else "")
    found = _PLURAL_OFFICE.match(words)
    return None if found is None else _office_shape(found["rest"])


def _office_shape(rest: str) -> str:
    """The shape of a plural office by what follows its noun."""
    if _NAMED_PEOPLE.search(rest):
        return "D named people"
    if re.match(r"^\s*(?:de|d['’]|des|du)\s*[A-Z][^,]*?(?:,| et )\s*(?:de |d['’]|du )?[A-Z]", rest):
        return "A1 several named places"
    if re.match(rf"^\s*(?:{_SIDE_WORDS})\b", rest, re.I):
        return "B members of a named side" if re.search(r"[A-Z«\"(]", rest) else "B0 side, no name"
    if re.search(rf"\b(?:{_PARTY})\b", rest):
        return "B party/list members"
    if re.match(r"^\s*(?:\w+\s+)?(?:de|d['’]|des|du)\s*(?:la |l['’])?[A-Z]", rest):
        return "A2 one named place or body"
    return "E bare plural office" if not rest.strip() else "F other plural office"


def tally(rows: list[dict], show: bool) -> None:
    """Print, per shape: keys by label, articles by their majority label, the drafter."""
    by_shape = defaultdict(list)
    for row in rows:
        found = shape(row["want"] or "")
        if found:
            by_shape[found].append(row)
    for name in sorted(by_shape):
        keys = by_shape[name]
        print(f"{name}: {len(keys)} keys {dict(Counter(r['want_label'] for r in keys))}; "
              f"articles by majority {_majorities(keys)}; {_drafter(keys)}")  # fmt: skip
        for row in keys if show else []:
            got = f"{row['got']!r} {row['label']}" if row["matched"] else "missed"
            print(f"    {row['want_label']:9} {row['want'][:70]} | {got[:60]} | {row['article']}")


def _majorities(keys: list[dict]) -> dict[str, int]:
    """How many articles key the shape mostly as each label: one annotator keying many rows
    of one article should weigh as one vote, not many."""
    per_article = defaultdict(Counter)
    for row in keys:
        per_article[row["article"]][row["want_label"]] += 1
    return dict(Counter(c.most_common(1)[0][0] for c in per_article.values()))


def _drafter(keys: list[dict]) -> str:
    """The drafter's reading of the shape's keys: how many it matched, labelled right, and
    labelled wrong though its speaker is right (the rows a label rule alone would mend)."""
    matched = [r for r in keys if r["matched"]]
    right = sum(r["label_ok"] for r in matched)
    wrong_speaker_ok = sum(not r["label_ok"] and r["speaker_ok"] for r in matched)
    return (
        f"drafter: {len(matched)} matched, label right {right}, "
        f"wrong (speaker right) {wrong_speaker_ok}"
    )


def main() -> None:
    """Read the dump's French key rows (those ``--only`` keeps) and print the tally."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("rows")
    parser.add_argument("--only", help="a regex on the article's name and annotator")
    parser.add_argument("--show", action="store_true", help="list each shape's keys")
    args = parser.parse_args()
    rows = []
    with open(args.rows, encoding="utf-8") as dump:
        lines = dump.read().splitlines()
    for line in lines:
        row = json.loads(line)
        if "key" not in row or row["lang"] != "fr":
            continue
        if args.only and not re.search(args.only, row["article"] + " " + row["who"]):
            continue
        rows.append(row)
    tally(rows, args.show)


if __name__ == "__main__":
    main()
