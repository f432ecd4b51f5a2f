"""English keys from national and international outlets that the drafter does not match, by shape.

Round 50 (ennat50): English local news meets issue 15's recall bar on sealed batches, national
news (government, parliament, diplomacy, "sources said", "told the BBC") reads lower. This probe
takes the English articles whose key's ``source`` address is a national outlet's (NATIONAL
below, matched on the address's host), pairs findings with keys at 30 % (keyed_findings), and
for each unmatched key records its cue, its kind and what the drafter found over its words: a
finding cut too short (covers < 30 %), a claim, or nothing. Run from the tree with
PYTHONPATH=. ; ``--only REGEX`` restricts to keys whose ``annotated`` or name matches.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from draft_eval import coverage
from keyed_findings import keyed_article

NATIONAL = re.compile(
    r"//(?:[\w.-]*\.)?(?:theguardian|guardian\.co|bbc|independent\.co\.uk|standard\.co\.uk|"
    r"express\.co\.uk|telegraph\.co\.uk|thetimes|mirror\.co\.uk|sky\.com|reuters|apnews|"
    r"politico|cnn|nbcnews|abcnews|abc\.net\.au|cbsnews|thejournal\.ie|rte\.ie|irishtimes|"
    r"inews\.co\.uk|dailymail|metro\.co\.uk|washingtonpost|bloomberg|thehill|rollcall|"
    r"theglobeandmail|cbc\.ca|ctvnews|globalnews|rnz\.co\.nz|nzherald|smh\.com|sbs\.com|"
    r"newshub|itv\.com|scotsman|heraldscotland|belfasttelegraph|irishexaminer|irishnews|"
    r"news\.com\.au|thenewdaily|nytimes|npr\.org|foxnews|usatoday)"
)
CORPUS = Path("tests/data/draft")


def national_keys(only: str | None) -> list[Path]:
    """The English keys whose source address is a national outlet's."""
    keys = []
    for key in sorted(CORPUS.glob("en-*.json")):
        data = json.loads(key.read_text(encoding="utf-8"))
        if not NATIONAL.search(data.get("source", "")):
            continue
        if only and not re.search(only, key.name + " " + data.get("annotated", "")):
            continue
        keys.append(key)
    return keys


def cue_shape(text: str, item: dict) -> str:
    """The key's cue, folded to a shape: a verb's lemma-ish word, 'according to', colon, none."""
    cue = item.get("cue")
    cue = (cue if isinstance(cue, str) else cue[0] if cue else "").lower().strip()
    if not cue:
        return "(no cue)"
    if cue.startswith("according"):
        return "according to"
    if cue in {":", "—", "-"}:
        return "colon"
    return cue.split()[-1] if cue.split()[0] in {"has", "have", "had", "was"} else cue


def found_there(analysis, span: tuple[int, int]) -> str:
    """What the drafter found over an unmatched key's words."""
    best = max((coverage(a.content, span) for a in analysis.attributions), default=0.0)
    if best > 0:
        return f"finding short ({best:.0%})" if best < 0.3 else "finding taken by another key"
    claims = [c for c in analysis.unattributed if coverage(c.span, span) > 0.3]
    return f"claim ({claims[0].label})" if claims else "nothing"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only")
    parser.add_argument("--rows", action="store_true")
    args = parser.parse_args()
    keys = national_keys(args.only)
    shapes: Counter[tuple[str, str, str]] = Counter()
    total = missed = 0
    for key in keys:
        read = keyed_article(key)
        items = json.loads(key.read_text(encoding="utf-8"))["attributions"]
        matched = set(read.pairs.values())
        for j, (item, k) in enumerate(zip(items, read.article.attributions, strict=True)):
            total += 1
            if j in matched:
                continue
            missed += 1
            there = found_there(read.analysis, k.content)
            shape = (cue_shape(read.article.text, item), item["kind"], there.split(" (")[0])
            shapes[shape] += 1
            if args.rows:
                print(
                    f"{key.stem}\t{shape}\t{there}\t{item.get('source')!r}\t{item['content'][:90]!r}"
                )
    print(f"{len(keys)} articles, {total} keys, {missed} unmatched")
    for (cue, kind, there), n in shapes.most_common(40):
        print(f"{n:4d}  {cue:22s} {kind:14s} {there}")


if __name__ == "__main__":
    main()
