"""Counts and a findings hash of the drafter on a selection of corpus keys, in one process.

A round compares trees (its start, each pass, its end) on the same keys: the counts say what moved
and the hash says whether anything moved at all, even where the counts balance. Usage:
`python benchmarks/corpus_counts.py [--folder F] [--only REGEX] [--exclude REGEX] [--questions]`;
REGEX is searched in a key's file stem and in its "annotated" field (e.g. `--only blind53`).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from draft_eval import CORPUS, Tally, analysed_as_cli, load_article, score

from quizapp.draft.drafting.questions import draft_questions


def selected(folder: Path, only: str | None, exclude: str | None) -> list[Path]:
    """The key files whose stem or "annotated" field matches ``only`` and not ``exclude``."""
    chosen = []
    for key in sorted(folder.glob("*.json")):
        said = key.stem + " " + json.loads(key.read_text(encoding="utf-8")).get("annotated", "")
        if only and not re.search(only, said):
            continue
        if exclude and re.search(exclude, said):
            continue
        chosen.append(key)
    return chosen


def findings_rows(analysis) -> list[list]:
    """What the hash covers: every attribution's span, speaker, label and every claim's label."""
    rows = [[list(a.content), a.speaker, a.label] for a in analysis.attributions]
    return rows + [[list(c.span), c.label] for c in analysis.unattributed]


def count(keys: list[Path], with_questions: bool) -> dict[str, tuple[Tally, str, int]]:
    """Per language: the corpus tally, the findings hash and the number of drafted questions."""
    tallies: dict[str, Tally] = {}
    hashes: dict[str, hashlib._Hash] = {}
    questions: dict[str, int] = {}
    for key in keys:
        article = load_article(key)
        analysis, findings = analysed_as_cli(article)
        tallies.setdefault(article.language, Tally()).add(score(article, findings, 0.3))
        rows = json.dumps([article.name, findings_rows(findings)], ensure_ascii=False)
        hashes.setdefault(article.language, hashlib.sha256()).update(rows.encode())
        drafted = len(draft_questions(analysis)) if with_questions else 0
        questions[article.language] = questions.get(article.language, 0) + drafted
    return {
        language: (tally, hashes[language].hexdigest()[:12], questions[language])
        for language, tally in tallies.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=CORPUS)
    parser.add_argument("--only")
    parser.add_argument("--exclude")
    parser.add_argument("--questions", action="store_true")
    args = parser.parse_args()
    keys = selected(args.folder, args.only, args.exclude)
    for language, (t, digest, drafted) in count(keys, args.questions).items():
        line = f"{language}: keys {t.key} matched {t.matched} found {t.found}"
        line += f" speakers {t.speaker_right} labels {t.label_right} findings {digest}"
        print(line + (f" questions {drafted}" if args.questions else ""))


if __name__ == "__main__":
    main()
