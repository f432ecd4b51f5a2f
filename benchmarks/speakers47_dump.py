"""speakers47_dump.py TREE OUT: every French finding, its matched key and speakers (JSON lines).

Round 47's speaker pass compares two trees row by row (fixed / broken / moved), which
quick_score's totals cannot show; each line holds the article, its `annotated` field, the
finding's span, speaker, source text and label, and the key it matches at 30 % (if any).
"""

import json
import os
import sys
from pathlib import Path

if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable, *sys.argv])

TREE = Path(sys.argv[1]).resolve()
sys.path[:0] = [str(TREE), str(TREE / "benchmarks")]
from draft_eval import same_speaker  # noqa: E402
from keyed_findings import keyed_article  # noqa: E402


def rows(key: Path) -> list[dict]:
    """The findings of one article, each with the key it matches."""
    read = keyed_article(key)
    art, annotated, an, pairs = read.article, read.annotated, read.analysis, read.pairs
    out = []
    for i, f in enumerate(an.attributions):
        k = art.attributions[pairs[i]] if i in pairs else None
        src = art.text[f.source[0] : f.source[1]] if f.source else None
        out.append(
            {
                "art": key.stem,
                "ann": annotated,
                "content": list(f.content),
                "speaker": f.speaker,
                "source": src,
                "label": f.label,
                "kind": f.kind,
                "key": pairs.get(i),
                "key_speaker": k.speaker if k else None,
                "key_label": k.label if k else None,
                "right": bool(k) and same_speaker(f.speaker, k.speaker),
                "text": art.text[f.content[0] : f.content[1]][:100],
            }
        )
    return out


def main() -> None:
    folder = TREE / "tests" / "data" / "draft"
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        for key in sorted(folder.glob("fr-*.json")):
            for row in rows(key):
                out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
