"""Every unattributed claim of a tree and the af counts per language, to diff two trees' claims
(mend47a: what ``clause/scraps.without_dangling_end`` changed; af counts do not show which
claims moved). `python benchmarks/mend47a_claims_af.py TREE OUT.json`, with PYTHONPATH=TREE.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, sys.argv[1] + "/benchmarks")
from draft_eval import load_article, score

from quizapp.draft import analyze
from quizapp.sets.articles.text import has_headline


def main(tree: str, out_path: str) -> None:
    """Dump [article, language, claim text, label] and {language: [af right, key claims]}."""
    out: list[list[str]] = []
    af: dict[str, list[int]] = {}
    for key in sorted(Path(tree, "tests/data/draft").glob("*.json")):
        art = load_article(key)
        head = art.text.partition("\n")[0].strip() if has_headline(art.text) else None
        analysis = analyze(art.text, art.language, headline=head)
        tally = score(art, analysis, 0.3)
        counts = af.setdefault(art.language, [0, 0])
        counts[0] += tally.claims_right
        counts[1] += tally.claims
        for c in analysis.unattributed:
            out.append([key.stem, art.language, art.text[c.span[0] : c.span[1]], c.label])
    Path(out_path).write_text(json.dumps({"af": af, "claims": out}, ensure_ascii=False))
    print(af)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
