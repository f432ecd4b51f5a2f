"""Row-by-row dump of the drafter's reading of every key, and a diff of two dumps.

Why: quick_score's totals hide rows that a lexicon change fixes in one place and breaks in
another; a speaker pass must count both (the round's bar: fixed at least three per one broken).

    PYTHONHASHSEED=0 PYTHONPATH=TREE python benchmarks/key_rows.py dump OUT.jsonl [--only REGEX]
    python benchmarks/key_rows.py diff BEFORE.jsonl AFTER.jsonl [--only REGEX] [--show N]

A row is one key attribution: whether a finding matched it at 30 %, that finding's speaker and
label, and whether they agree with the key (``draft_eval.same_speaker``); one more row per
article counts its findings.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def dump(out: Path, only: str | None) -> None:
    """Write one JSON line per key attribution and per article (its findings count)."""
    from draft_eval import CORPUS, load_article, match_attributions, same_speaker

    from quizapp.draft import analyze
    from quizapp.sets.articles.text import has_headline

    with out.open("w", encoding="utf-8") as sink:
        for key in sorted(CORPUS.glob("*.json")):
            who = json.loads(key.read_text(encoding="utf-8")).get("annotated", "")
            if only and not re.search(only, key.name + " " + who):
                continue
            art = load_article(key)
            head = art.text.partition("\n")[0].strip() if has_headline(art.text) else None
            an = analyze(art.text, art.language, headline=head)
            pairs = {j: i for i, j in match_attributions(an, art, 0.3)}
            base = {"article": art.name, "who": who, "lang": art.language}
            sink.write(json.dumps({**base, "found": len(an.attributions)}) + "\n")
            for j, want in enumerate(art.attributions):
                got = an.attributions[pairs[j]] if j in pairs else None
                row = {**base, "key": j, "want": want.speaker, "want_label": want.label,
                       "matched": got is not None, "got": got and got.speaker,
                       "label": got and got.label,
                       "speaker_ok": bool(got) and same_speaker(got.speaker, want.speaker),
                       "label_ok": bool(got) and got.label == want.label}  # fmt: skip
                sink.write(json.dumps(row, ensure_ascii=False) + "\n")


def _rows(path: Path, only: str | None) -> dict[tuple, dict]:
    rows = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if only and not re.search(only, row["article"] + " " + row["who"]):
            continue
        rows[(row["article"], row.get("key", -1))] = row
    return rows


def _changes(old: dict[tuple, dict], new: dict[tuple, dict], lang: str) -> dict[str, list]:
    """Rows of ``lang`` whose key, speaker or label went from wrong to right or back, and
    speakers that changed while staying wrong."""
    tally: dict[str, list] = {}
    for where, row in new.items():
        was = old[where]
        if row["lang"] != lang or where[1] < 0:
            continue
        seen = (where, was.get("got"), row.get("got"), row["want"])
        for field, name in (
            ("matched", "keys"),
            ("speaker_ok", "speakers"),
            ("label_ok", "labels"),
        ):
            if row[field] != was[field]:
                tally.setdefault(f"{name} {'fixed' if row[field] else 'broken'}", []).append(seen)
        both = row["matched"] and was["matched"] and not (row["speaker_ok"] or was["speaker_ok"])
        if both and row["got"] != was["got"]:
            tally.setdefault("speakers moved, still wrong", []).append(seen)
    return tally


def diff(before: Path, after: Path, only: str | None, show: int) -> None:
    """Count, per language, speakers and labels fixed and broken, keys gained and lost."""
    old, new = _rows(before, only), _rows(after, only)
    for lang in ("fr", "en"):
        found = [sum(r["found"] for w, r in rows.items() if w[1] < 0 and r["lang"] == lang)
                 for rows in (old, new)]  # fmt: skip
        print(f"{lang}: found {found[0]} -> {found[1]}")
        for name, items in sorted(_changes(old, new, lang).items()):
            print(f"  {name}: {len(items)}")
            for where, got_before, got_after, want in items[:show]:
                print(f"    {where[0]} #{where[1]}: {got_before!r} -> {got_after!r} (key {want!r})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("dump", "diff"))
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--only")
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    if args.mode == "dump":
        dump(args.files[0], args.only)
    else:
        diff(args.files[0], args.files[1], args.only, args.show)


if __name__ == "__main__":
    main()
