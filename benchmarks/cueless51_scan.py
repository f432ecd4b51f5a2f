"""Round 51's cue-less quotations counted (cueless51): every French quotation between marks
that no finding covers (30 % of it), sorted by where it stands and how long it is, and whether
a key no finding matched would match it were it found (the recall bar's "added and keyed").

For each quotation, the speaker of the last finding before it (the drafter's default for a
lone quotation) and whether the key's speaker is that one, so a rule's speaker share is read
off the same rows. The stand-in (blind50) is skipped: it is scored, not read.

python benchmarks/cueless51_scan.py OUT.jsonl [--only REGEX]   # dump (PYTHONPATH=tree)
python benchmarks/cueless51_scan.py OUT.jsonl --table
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from cueless51_misses import french_keyed
from draft_eval import coverage, same_speaker
from keyed_findings import dump_or_table

_QUOTE = re.compile(r"«[^»\n]{3,}»|\"[^\"\n]{3,}\"|“[^”\n]{3,}”")
_TUNING = re.compile(r"blind(2[7-9]|3\d|4\d)")
_STOPS = ".!?…"


def _shape(text: str, start: int, end: int) -> str:
    """Where the quotation stands: its whole paragraph, opening it, after a colon, inside."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end) if text.find("\n", end) >= 0 else len(text)
    before, after = text[line_start:start].strip(), text[end:line_end].strip()
    if line_start == 0:
        return "headline"
    if not before and after.strip(_STOPS + " ") == "":
        return "paragraph"
    if not before:
        return "opens paragraph"
    if before.endswith(":"):
        return "after colon"
    if before.endswith(tuple(_STOPS + '»”"')):
        return "own sentence"
    return "in narration"


def _length(words: int) -> str:
    return "1-3" if words < 4 else "4-6" if words < 7 else "7-9" if words < 10 else "10+"


def _rows(keys: list[Path]) -> Iterator[dict]:
    for _, keyed in french_keyed(keys):
        text, finds = keyed.article.text, keyed.analysis.attributions
        matched = set(keyed.pairs.values())
        for found in _QUOTE.finditer(text):
            quote = (found.start() + 1, found.end() - 1)
            if any(coverage(f.content, quote) >= 0.3 for f in finds):
                continue
            hits = [
                j
                for j, k in enumerate(keyed.article.attributions)
                if j not in matched and coverage(quote, k.content) >= 0.3
            ]
            last = max(
                (f for f in finds if f.content[1] <= quote[0]),
                key=lambda f: f.content[1],
                default=None,
            )
            key = keyed.article.attributions[hits[0]] if hits else None
            yield {
                "article": keyed.article.name,
                "annotated": keyed.annotated,
                "quote": text[slice(*quote)],
                "shape": _shape(text, *found.span()),
                "words": len(text[slice(*quote)].split()),
                "keyed": bool(hits),
                "key_speaker": key and key.speaker,
                "last_speaker": last and last.speaker,
                "last_right": bool(key and last and same_speaker(last.speaker, key.speaker)),
            }


def _table(rows: Iterable[dict]) -> None:
    for name, pattern in (("tuning", _TUNING), ("whole", re.compile(""))):
        counts: Counter = Counter()
        for row in rows:
            if pattern.search(row["annotated"]):
                cell = (row["shape"], _length(row["words"]))
                counts[(*cell, "all")] += 1
                counts[(*cell, "keyed")] += row["keyed"]
                counts[(*cell, "last")] += row["last_right"]
        print(f"{name}: shape, words: keyed / all (last speaker right)")
        for cell in sorted({c[:2] for c in counts}):
            print(
                f"  {cell[0]:16} {cell[1]:5} {counts[(*cell, 'keyed')]:4} / "
                f"{counts[(*cell, 'all')]:4} ({counts[(*cell, 'last')]})"
            )


if __name__ == "__main__":
    dump_or_table(_rows, _table)
