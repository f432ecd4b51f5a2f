"""bounds52: every French key a finding overlaps without matching it, and why the bounds differ.

verbs51 counted 27 unmatched keys of blind42-49 with a finding over under 30 % of them;
bounds48 (bounds48_census.py) sorted (missed key, unkeyed finding) pairs by where the finding
lies (inside, past, the wrong side of the cue). This lists the rows themselves, each overlap of a
finding and a key with no match between them (the key unmatched, or matched to another finding;
the finding unkeyed, or matched to another key while spanning this one), and names the boundary
cause by what the text shows at the place where the two spans part:

- joined: the finding matched another key and spans this one too (one finding, two keys);
- split: two or more findings each take part of the key;
- stops at a comma / « et » / a paragraph break / a closing quotation mark / a sentence end:
  the finding ends inside the key, on that mark;
- starts after a comma / « et » / an opening mark / the cue: the finding begins inside the key;
- runs past the key: the finding is longer, the key under 30 % of it is what the finding covers.

python benchmarks/bounds52_rows.py OUT.jsonl --only 'blind(4[2-9]|50)'   (dump; PYTHONPATH=tree)
python benchmarks/bounds52_rows.py OUT.jsonl --table   (table; BOUNDS52_ROWS=1 lists the rows)
Each article also gets a row of its matched keys (keyed_findings.matched_keys) and one of its
findings' content spans, so that two trees' dumps can be compared key by key.
"""

from __future__ import annotations

import os
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_eval import coverage
from keyed_findings import KeyedArticle, dump_or_table, keyed_article, matched_keys

Span = tuple[int, int]
TUNING = re.compile(r"blind(2[7-9]|3[0-9]|4[0-9]|50)")
CURRENT = re.compile(r"blind(4[2-9]|50)")


def _mark(text: str, at: int, before: bool) -> str:
    """What the text shows where a span parts from the key: the characters just there."""
    window = text[max(0, at - 6) : at] if before else text[at : at + 6]
    if "\n" in window:
        return "a paragraph break"
    w = window.strip()
    probe = w[-1:] if before else w[:1]
    if probe in '»”"' and before:
        return "a closing quotation mark"
    if probe in '«“"' and not before:
        return "an opening quotation mark"
    if probe in ",;:":
        return "a comma" if probe == "," else "a colon or semicolon"
    if probe in ".!?":
        return "a sentence end"
    if re.search(r"\bet$" if before else r"^et\b", w):
        return "« et »"
    return "a word"


def _cause(text: str, f: Span, k: Span, others: int, joined: bool) -> str:
    """The boundary cause of one (finding, key) overlap, by where the spans part."""
    if joined and f[1] > k[1]:
        return "joined: the finding goes on past the key at " + _mark(text, k[1], False)
    if joined:
        return "joined: the finding starts before the key, after " + _mark(text, k[0], True)
    if others:
        return "split: another finding takes part of the key"
    if f[0] <= k[0] and f[1] >= k[1]:
        return "runs past the key on both sides"
    if f[1] > k[1] and f[0] > k[0]:
        return "runs past the key's end, starts inside after " + _mark(text, f[0], True)
    if f[1] > k[1] or f[0] < k[0]:
        return "runs past the key's start, stops inside at " + _mark(text, f[1], False)
    return "inside the key, stops at " + _mark(text, f[1], False)


def _rows(keyed: KeyedArticle, group: str) -> Iterator[dict]:
    """Every overlap of a finding and a key not paired together, with its cause."""
    text, finds = keyed.article.text, keyed.analysis.attributions
    by_key = {j: i for i, j in keyed.pairs.items()}
    for j, key in enumerate(keyed.article.attributions):
        k = key.content
        over = [i for i, f in enumerate(finds) if coverage(f.content, k) > 0]
        for i in over:
            if keyed.pairs.get(i) == j:
                continue
            f = finds[i].content
            joined = i in keyed.pairs and by_key.get(j) != i
            cue = finds[i].cue
            yield {
                "article": keyed.article.name,
                "group": group,
                "key_matched": j in by_key,
                "finding_keyed": i in keyed.pairs,
                "cover": round(coverage(f, k), 2),
                "key": text[k[0] : k[1]],
                "found": text[f[0] : f[1]],
                "cue": text[cue[0] : cue[1]] if cue else "",
                "kind": key.kind,
                "cause": _cause(text, f, k, len(over) - 1 - (j in by_key), joined),
            }


def rows(keys: list[Path]) -> Iterator[dict]:
    """The rows of every French key of ``keys``."""
    for path in keys:
        keyed = keyed_article(path)
        if keyed.article.language != "fr":
            continue
        group = (
            "current"
            if CURRENT.search(keyed.annotated)
            else "tuning"
            if TUNING.search(keyed.annotated)
            else "stand-in"
            if "blind51" in keyed.annotated
            else "rest"
        )
        yield from _rows(keyed, group)
        finds = [list(a.content) for a in keyed.analysis.attributions]
        yield {"article": keyed.article.name, "group": group, "matched": matched_keys(keyed)}
        yield {"article": keyed.article.name, "group": group, "findings": finds}


def table(found: list[dict]) -> None:
    """Counts by cause: blind42-50, tuning set (blind27-50), whole corpus; the key unmatched."""
    found = [r for r in found if r["group"] != "stand-in" and "cause" in r]
    for title, pick in (
        ("key unmatched, finding under 30 %", lambda r: not r["key_matched"] and r["cover"] < 0.3),
        (
            "key unmatched, finding over 30 % given to another key",
            lambda r: not r["key_matched"] and r["cover"] >= 0.3,
        ),
        ("key matched by another finding", lambda r: r["key_matched"]),
    ):
        sel = [r for r in found if pick(r)]
        cur = Counter(r["cause"] for r in sel if r["group"] == "current")
        tun = Counter(r["cause"] for r in sel if r["group"] in ("current", "tuning"))
        whole = Counter(r["cause"] for r in sel)
        print(f"\n| {title}: cause | blind42-50 | tuning | whole |\n|---|---|---|---|")
        for cause, n in whole.most_common():
            print(f"| {cause} | {cur[cause]} | {tun[cause]} | {n} |")
        print(f"| total | {sum(cur.values())} | {sum(tun.values())} | {len(sel)} |")
    if os.environ.get("BOUNDS52_ROWS"):
        for r in found:
            if not r["key_matched"] and r["group"] == "current":
                print(f"\n[{r['cause']}] {r['article']} {r['cover']} cue={r['cue']!r}")
                print(f"  KEY  {r['key']!r}\n  FOUND {r['found']!r}")


if __name__ == "__main__":
    dump_or_table(rows, table)
