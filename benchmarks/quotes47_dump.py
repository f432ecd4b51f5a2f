"""Dump of the French findings and keys of a tree, matched as quick_score matches them.

Round 47's quotes47 pass measures shapes of quotations (a capitalised cue after the closing
mark, « comme le disait X », a colon after the speaker's clause, a lone quotation after a
paragraph whose speaker was found) by diffing two dumps: which findings a change adds, which
keys it gains or loses, which speakers it fixes or breaks. One JSON line per article.

python benchmarks/quotes47_dump.py OUT.jsonl  (PYTHONPATH=the tree, PYTHONHASHSEED=0)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from draft_eval import CORPUS, load_article, match_attributions, same_speaker

from quizapp.draft import analyze
from quizapp.sets.articles.text import has_headline


def dump_article(path: Path) -> dict | None:
    """The article's findings and keys, each finding with the key it matched."""
    art = load_article(path)
    if art.language != "fr":
        return None
    head = art.text.partition("\n")[0].strip() if has_headline(art.text) else None
    an = analyze(art.text, art.language, headline=head)
    pairs = dict(match_attributions(an, art, 0.3))
    annotated = json.loads(path.read_text(encoding="utf-8")).get("annotated", "")
    found = []
    for i, f in enumerate(an.attributions):
        j = pairs.get(i)
        right = j is not None and same_speaker(f.speaker, art.attributions[j].speaker)
        found.append([list(f.content), f.speaker, f.kind, f.label, j, right])
    keys = [[list(k.content), k.speaker, k.kind, k.label] for k in art.attributions]
    return {"name": art.name, "annotated": annotated, "found": found, "keys": keys}


def main(out: str) -> None:
    with open(out, "w", encoding="utf-8") as sink:
        for path in sorted(CORPUS.glob("*.json")):
            row = dump_article(path)
            if row is not None:
                sink.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
