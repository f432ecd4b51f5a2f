"""How often an English headline's (or subhead's) quoted words are keyed, and how often found.

ennat50's largest shape of unmatched national keys is a quotation with no cue in the framing
paragraphs ("Councillor says 'we look stupid' over potholes", "'Where's the savings?': …").
Earlier rounds (recall40, headlines36) counted the French ones at about 39 % keyed and left
them. This counts the English ones: every quoted stretch of two letters or more inside the
first paragraph or a short paragraph of a framing line (no final full stop) in the first three
paragraphs, keyed (a key's content covers 30 % of it) or not, and whether a finding covers it.
A rule giving them all would add the unkeyed ones as findings: the bar wants ≥ 60 % keyed.
``--only REGEX`` on the file name and ``annotated``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from draft_eval import coverage
from keyed_findings import keyed_article

QUOTED = re.compile(r"(?:^|(?<=[\s(]))[\"“‘'](?P<q>[^\"“”‘’']{2,}?)[\"”’'](?=[\s:,.?!)]|$)")


def framing_quotes(text: str) -> list[tuple[int, int]]:
    """Quoted stretches in the headline and short unstopped framing lines near the top."""
    spans, at = [], 0
    for number, para in enumerate(text.split("\n\n")[:3]):
        line = para.strip()
        framing = number == 0 or (len(line) < 160 and not line.endswith("."))
        if framing:
            start = text.find(para, at)
            spans += [(start + m.start("q"), start + m.end("q")) for m in QUOTED.finditer(para)]
        at = text.find(para, at) + len(para)
    return spans


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only")
    args = parser.parse_args()
    counts = {"quotes": 0, "keyed": 0, "found": 0, "keyed_unfound": 0, "unkeyed_unfound": 0}
    for key in sorted(Path("tests/data/draft").glob("en-*.json")):
        data = json.loads(key.read_text(encoding="utf-8"))
        if args.only and not re.search(args.only, key.name + " " + data.get("annotated", "")):
            continue
        text = key.with_suffix(".txt").read_text(encoding="utf-8")
        spans = framing_quotes(text)
        if not spans:
            continue
        read = keyed_article(key)
        for span in spans:
            keyed = any(
                coverage(span, k.content) >= 0.3 or coverage(k.content, span) >= 0.3
                for k in read.article.attributions
            )
            found = any(coverage(a.content, span) >= 0.3 for a in read.analysis.attributions)
            counts["quotes"] += 1
            counts["keyed"] += keyed
            counts["found"] += found
            counts["keyed_unfound"] += keyed and not found
            counts["unkeyed_unfound"] += not keyed and not found
    print(counts)


if __name__ == "__main__":
    main()
