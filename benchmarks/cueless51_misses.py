"""Round 51's French quotations the drafter leaves unfound, one row per key (cueless51).

python benchmarks/cueless51_misses.py OUT.jsonl [--only REGEX]   # dump (PYTHONPATH=tree)
python benchmarks/cueless51_misses.py OUT.jsonl --table          # the causes, by set

A row is a French key of kind direct or mixed that no finding matches at 30 %: its paragraph
and the one before, what the drafter holds over it (a finding too short or matched to another
key, a claim and its label) and where it stands (headline, a paragraph of its own, after a
colon, inside narration). ``cause`` sorts it by the first test that holds, in the order of the
table; it says why the rules pass it by, which the rows were read to check. The table counts
the tuning set (blind27-49), the keys under today's convention (blind42-49) and the whole
corpus; the stand-in (blind50) is never listed or tabled here (it is scored, not read).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from keyed_findings import KeyedArticle, dump_or_table, keyed_article

from quizapp.draft.findings import Analysis
from quizapp.draft.text.segment import paragraphs

_MARKS = '«»“”"„'
_STOPS = ".!?…"
_TUNING = re.compile(r"blind(2[7-9]|3\d|4\d)")
_TODAY = re.compile(r"blind4[2-9]")
_STAND_IN = re.compile(r"blind5\d")


def _holding(spans: list[tuple[int, int]], at: int) -> int:
    return next((i for i, (s, e) in enumerate(spans) if s <= at < e), len(spans) - 1)


def _over(analysis: Analysis, start: int, end: int) -> dict:
    """What the drafter put over the key: the most covering finding, and a claim's label."""
    best, share = None, 0.0
    for finding in analysis.attributions:
        shared = min(finding.content[1], end) - max(finding.content[0], start)
        if shared > 0 and shared / max(1, end - start) > share:
            best, share = finding, shared / max(1, end - start)
    claim = next(
        (c.label for c in analysis.unattributed if c.span[0] < end and start < c.span[1]), None
    )
    return {
        "finding": best and [best.speaker, best.kind, round(share, 2), bool(best.cue)],
        "claim": claim,
    }


def _where(text: str, para: tuple[int, int], start: int, end: int, first: bool) -> dict:
    """Where the key's words stand in their paragraph."""
    line = text[para[0] : para[1]]
    lead = text[para[0] : start].rstrip(" " + _MARKS)
    tail = text[end : para[1]].lstrip(" " + _MARKS)
    return {
        "headline": first,
        "whole": len(lead) <= 2 and len(tail.strip(_STOPS + " ,")) <= 2,
        "subhead": not line.rstrip().endswith(tuple(_STOPS + _MARKS)) or len(line.split()) < 9,
        "colon": lead.endswith(":"),
        "marked": text[max(0, start - 2) : start].strip() in tuple(_MARKS)
        or any(m in text[start:end] for m in _MARKS),
        "words": len(text[start:end].split()),
    }


def _cause(row: dict) -> str:
    """The first reason that holds, in the table's order."""
    where, over = row["where"], row["over"]
    if over["finding"] and over["finding"][2] >= 0.3:
        return "covered, but matched to another key"
    if over["finding"]:
        return "found under 30 % (cut, or a longer key)"
    if row["cue"]:
        return "a cue the drafter does not read"
    if not where["marked"]:
        return "no quotation marks"
    if where["headline"]:
        return "headline quotation"
    if where["whole"] and where["subhead"]:
        return "quoted subhead (a short line of its own)"
    if where["whole"]:
        return "pull quote (a paragraph of its own)"
    if where["colon"]:
        return "after a colon"
    if where["words"] < 7:
        return "short quotation in narration (< 7 words)"
    return "long quotation in narration"


def french_keyed(keys: list[Path]) -> Iterator[tuple[str, KeyedArticle]]:
    """Each French key file's text and its article read and matched, the stand-in left out
    (it is scored, not read); cueless51_scan walks the same keys."""
    for path in keys:
        raw = path.read_text(encoding="utf-8")
        if '"language": "fr"' in raw and not _STAND_IN.search(raw):
            yield raw, keyed_article(path)


def _rows(keys: list[Path]) -> Iterator[dict]:
    for text, keyed in french_keyed(keys):
        article, matched = keyed.article, set(keyed.pairs.values())
        spans = paragraphs(article.text)
        raw = json.loads(text)["attributions"]
        for j, key in enumerate(article.attributions):
            if j in matched or key.kind not in ("direct", "mixed"):
                continue
            start, end = key.content
            at = _holding(spans, start)
            row = {
                "article": article.name,
                "annotated": keyed.annotated,
                "speaker": key.speaker,
                "kind": key.kind,
                "cue": raw[j].get("cue"),
                "content": article.text[start:end],
                "paragraph": article.text[slice(*spans[at])],
                "before": article.text[slice(*spans[at - 1])] if at else "",
                "over": _over(keyed.analysis, start, end),
                "where": _where(article.text, spans[at], start, end, at == 0),
            }
            row["cause"] = _cause(row)
            yield row


def _table(rows: Iterable[dict]) -> None:
    sets = {"tuning": _TUNING, "today (42-49)": _TODAY, "whole": re.compile("")}
    counts = {name: Counter() for name in sets}
    for row in rows:
        for name, pattern in sets.items():
            if pattern.search(row["annotated"]):
                counts[name][row["cause"]] += 1
    print("| cause | " + " | ".join(sets) + " |")
    for cause, _ in counts["whole"].most_common():
        print(f"| {cause} | " + " | ".join(str(counts[n][cause]) for n in sets) + " |")
    print("| all | " + " | ".join(str(sum(counts[n].values())) for n in sets) + " |")


if __name__ == "__main__":
    dump_or_table(_rows, _table)
