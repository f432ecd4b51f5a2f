"""kinds49: does the drafter give each matched attribution the key's kind?

bench_draft scores precision, recall, speaker and label, never the kind (direct, indirect,
mixed, according_to), yet a teacher sees it in the review and in the drafted explanations.
For every French and English finding matched to a key at 30 % (draft_eval.match_attributions,
as the scorer matches them), this counts the key's kind against the found kind, as a
confusion table (rows: key kind, columns: found kind) for the whole corpus, the tuning set
(keys annotated blind27 … blind47) and the stand-in (blind48). With --dump FILE it writes the
disagreements of the corpus outside the stand-in as JSON lines (content, key and found
bounds, batch; with --all the agreeing pairs too), to be read and sorted by shape without
opening the stand-in.

    python benchmarks/kinds49.py [--only REGEX] [--dump FILE] [--all]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from draft_eval import CORPUS, load_article, match_attributions  # noqa: E402

from quizapp.draft import analyze  # noqa: E402
from quizapp.sets.articles.text import has_headline  # noqa: E402

TUNING = re.compile(r"blind(2[7-9]|3[0-9]|4[0-7])")
STAND_IN = re.compile(r"blind48")
KINDS = ("direct", "indirect", "mixed", "according_to")


def _scopes(annotated: str) -> list[str]:
    """The sets a key counts in: always the whole corpus, and the tuning set or stand-in."""
    scopes = ["whole"]
    if TUNING.search(annotated):
        scopes.append("tuning")
    if STAND_IN.search(annotated):
        scopes.append("stand-in")
    return scopes


def _rows(path: Path) -> tuple[str, str, list[dict]]:
    """The article's language, its batch, and one row per matched (key, finding) pair."""
    annotated = json.loads(path.read_text(encoding="utf-8")).get("annotated", "")
    art = load_article(path)
    head = art.text.partition("\n")[0].strip() if has_headline(art.text) else None
    analysis = analyze(art.text, art.language, headline=head)
    rows = []
    for i, j in match_attributions(analysis, art, 0.3):
        got, want = analysis.attributions[i], art.attributions[j]
        rows.append(
            {
                "article": art.name,
                "batch": annotated,
                "key_kind": want.kind,
                "found_kind": got.kind,
                "key": art.text[want.content[0] : want.content[1]],
                "found": art.text[got.content[0] : got.content[1]],
                "cue": got.cue and art.text[got.cue[0] : got.cue[1]],
                "context": art.text[max(0, got.content[0] - 80) : got.content[1] + 80],
            }
        )
    return art.language, annotated, rows


def _table(counts: Counter) -> str:
    """A confusion table: one line per key kind, one column per found kind, and agreement."""
    lines = ["key \\ found    " + " ".join(f"{k[:8]:>8}" for k in KINDS)]
    for key in KINDS:
        lines.append(f"{key:<14} " + " ".join(f"{counts[key, f]:>8}" for f in KINDS))
    total = sum(counts.values())
    same = sum(counts[k, k] for k in KINDS)
    lines.append(f"agree {same} of {total} ({same / max(1, total):.3f})")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only")
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--all", action="store_true", help="dump the agreeing pairs too")
    args = parser.parse_args()
    tables: dict[tuple[str, str], Counter] = {}
    dump = []
    for path in sorted(CORPUS.glob("*.json")):
        language, annotated, rows = _rows(path)
        if args.only and not re.search(args.only, path.name + " " + annotated):
            continue
        for row in rows:
            for scope in _scopes(annotated):
                table = tables.setdefault((language, scope), Counter())
                table[row["key_kind"], row["found_kind"]] += 1
        if not STAND_IN.search(annotated):  # never read while designing
            dump += [r for r in rows if args.all or r["key_kind"] != r["found_kind"]]
    for (language, scope), counts in sorted(tables.items()):
        print(f"== {language} {scope}\n{_table(counts)}")
    if args.dump:
        args.dump.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in dump))


if __name__ == "__main__":
    main()
