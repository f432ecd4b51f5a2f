"""How far two people agree when they key the same articles: the ceiling the drafter is held to.

Issue 15 scores the drafter against one annotator's keys. Two careful annotators do not key the
same attributions either (what counts as reported speech, where a content ends, which mention is
the fullest), so a figure near the humans' own agreement is as high as a score can honestly go.
This scores annotator B's keys as if they were the drafter's findings, with the corpus rules of
draft_eval (30 % overlap, one-to-one, the same speaker and label tests), against annotator A's.

`python benchmarks/key_agreement.py FOLDER_A FOLDER_B` — both folders hold NAME.txt and NAME.json
(the corpus format of docs/drafting.md); the articles both keyed are compared, e.g.
`python benchmarks/key_agreement.py tests/data/draft tests/data/draft_second`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))

from draft_eval import Article, Tally, load_article, score
from score_cli import _figures


def as_findings(article: Article) -> SimpleNamespace:
    """One annotator's keys in the shape score() reads for the drafter's findings."""
    attributions = [
        SimpleNamespace(content=a.content, speaker=a.speaker, label=a.label)
        for a in article.attributions
    ]
    claims = [SimpleNamespace(span=span, label=label) for span, label in article.unattributed]
    return SimpleNamespace(attributions=attributions, unattributed=claims)


def same_text(a: Article, b: Article) -> bool:
    """Both keys were written on one text, so their offsets can be compared."""
    return a.text == b.text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reference", type=Path, help="folder of annotator A (taken as the key)")
    parser.add_argument("other", type=Path, help="folder of annotator B (scored against A)")
    args = parser.parse_args()
    totals: dict[str, Tally] = {}
    shared = {p.name for p in args.reference.glob("*.json")} & {
        p.name for p in args.other.glob("*.json")
    }
    for name in sorted(shared):
        reference, other = load_article(args.reference / name), load_article(args.other / name)
        if not same_text(reference, other):
            raise SystemExit(f"{name}: the two folders do not hold the same text")
        tally = score(reference, as_findings(other), 0.3)
        totals.setdefault(reference.language, Tally()).add(tally)
        print(f"{reference.name:34} {_figures(tally)}")
    for language, tally in totals.items():
        print(f"{language} all {' ' * 28}{_figures(tally)}")


if __name__ == "__main__":
    main()
