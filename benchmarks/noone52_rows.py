"""noone52_rows.py DUMP.jsonl [-v] | --compare BASE NEW: wrong French speakers that are no one.

Round 52's pass on speakers that are no one (noone52). DUMP is what ``speakers51_causes.py OUT
--only 'blind(4[2-9]|50)'`` writes (one line per matched French finding whose speaker is wrong).
The rows kept are those speakers51 read by hand as "no one" (``speakers51_labels.json``, cause
N) and, for rows that file does not hold (blind50, or rows the drafter has changed since), those
whose found speaker ``no_one_row`` takes for no one. Each is sorted into a sub-shape by the
first test that holds (``sub_shape``), then counted with what the key gives: a person or body
named, a description, or the source's own words. ``-v`` prints every row.

``--compare BASE NEW`` reads two ``speakers47_dump.py`` files instead and prints the keys of
blind42-50 (today's keying convention) whose speaker a change fixed or broke, which
``speakers_compare.py`` (tuning blind27-50 as one set) does not separate.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from speakers51_causes import hand_causes

_PRONOUNS = {"il", "elle", "ils", "elles", "lui", "eux", "on"}
_THING = re.compile(
    r"^(?:l[’']|les?\s|la\s|une?\s|des\s|leurs?\s|ce\s|cette\s)?\s*(?:organisation|réquisitoire|"
    r"protocole|évaluations?|plan|carte|création|pétition|lettre|échange|projet|document|"
    r"crise|procès|tour|rapport|réponse)\b",
    re.IGNORECASE,
)
_OPENING = re.compile(
    r"^(?:Contacté|Mettant|Réponse|La réponse|Exemple|Qu$|Il y|Il l|A |À |Face aux?|Un projet)",
)
_CLAUSE = re.compile(r"\b(?:entame|revient|avait rapporté)\b")
_TITLE_WORDS = re.compile(r"^(?:Projet|Procès|Crise|Santé|Tour|Ville|Meuse|Grand|Com$)")


def no_one_row(row: dict) -> bool:
    """A row speakers51 did not read whose found speaker is no one by an explicit sub-shape
    test (a capitalised speaker alone may be a person: those rows need the hand label)."""
    return _explicit_shape(row) is not None


def sub_shape(row: dict) -> str:
    """The row's sub-shape, by the first test that holds on the found speaker and source."""
    found, source = row["found"] or "", (row["source"] or "").strip()
    explicit = _explicit_shape(row)
    if explicit is not None:
        return explicit
    if found[:1].isupper() and source[:1].islower() and source.lower() not in _PRONOUNS:
        return "a person named for a phrase that is no one (a sentence, a complement)"
    return _LABEL


_LABEL = "a heading's label, a place, a school, a party taken up (capitalised, no person)"


def _explicit_shape(row: dict) -> str | None:
    """The sub-shape the found speaker's own words show, else None."""
    found, source = row["found"] or "", (row["source"] or "").strip()
    if not found:
        return "empty speaker (a heading or a lone quotation given no one)"
    if _CLAUSE.search(found):
        return "a clause taken whole (« Ce dernier entame une action en justice »)"
    if _OPENING.match(found) or _OPENING.match(source):
        return "words opening the sentence (participle, « Réponse de », « Face aux », « A X »)"
    if _TITLE_WORDS.match(found) or re.fullmatch(r"[A-Z]{2,}|[A-Z][\w-]+-[A-Z][\w-]+", found):
        return _LABEL
    if _THING.match(found):
        return "a noun phrase of a thing, an act or a document"
    return None


def _how(row: dict) -> str:
    """How the finding reached its speaker: a lone quotation, a pronoun, or its own words."""
    source = (row["source"] or "").lower().strip()
    if not source:
        return "lone"
    return "pronoun" if source in _PRONOUNS or source.startswith("selon") else "words"


def main(path: Path, verbose: bool) -> None:
    """Counts per sub-shape (how reached, key with a cue), then each row with ``verbose``."""
    read = hand_causes()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    kept: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        label = read.get((row["art"], row["found"], row["key"], row["source"], row["cue"]))
        if label == "N" or (label is None and no_one_row(row)):
            kept[sub_shape(row)].append(row)
    print(f"{sum(map(len, kept.values()))} no-one rows of {len(rows)} wrong")
    for name, members in sorted(kept.items(), key=lambda kv: -len(kv[1])):
        how = Counter(_how(r) for r in members)
        blind50 = sum("blind50" in (r["ann"] or "") for r in members)
        print(f"{len(members):4}  {name}  {dict(how)}  blind50: {blind50}")
        for r in members if verbose else ():
            print(f"      {r['art']} | «{r['found']}» src «{r['source']}» → key «{r['key']}»")


_TODAY = re.compile(r"blind(4[2-9]|50)")


def compare(base: Path, new: Path) -> None:
    """Fixed and broken speakers of blind42-50's matched keys between two dumps."""

    def right(path: Path) -> dict[tuple, bool]:
        rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
        return {
            (r["art"], r["key"]): r["right"]
            for r in rows
            if r["key"] is not None and _TODAY.search(r["art"] + " " + (r["ann"] or ""))
        }

    before, after = right(base), right(new)
    fixed = [k for k in after if after[k] and k in before and not before[k]]
    broken = [k for k in after if not after[k] and before.get(k)]
    print(f"blind42-50: {len(fixed)} fixed, {len(broken)} broken")
    for name, keys in (("fixed", fixed), ("broken", broken)):
        for art, key in keys:
            print(f"  {name} {art} key {key}")


if __name__ == "__main__":
    if sys.argv[1] == "--compare":
        compare(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        main(Path(sys.argv[1]), "-v" in sys.argv)
