"""Score the drafter the way an outside evaluator does: through `quizapp draft --analysis`.

bench_draft.py calls the analysis in-process; this runs the real command on each article of a
folder (NAME.txt beside its key NAME.json, the corpus format of docs/drafting.md), reads the
JSON it writes, checks its offsets fit the article text and its text_sha256, and scores it with
the corpus rules (30 % overlap, one-to-one). Use it on a batch of articles never seen by the
rules: `python benchmarks/score_cli.py FOLDER`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from draft_eval import Tally, findings_from_json, load_article, score


def run_cli(article: Path, language: str, out: Path) -> dict:
    """The analysis JSON `quizapp draft` writes for ``article``."""
    command = [sys.executable, "-m", "quizapp", "draft", str(article), "--language", language]
    command += ["-o", str(out / "draft.quiz.yaml"), "--analysis", str(out / "a.json"), "--force"]
    done = subprocess.run(command, capture_output=True, text=True)
    if not (out / "a.json").exists():  # no drafted question still writes the findings
        raise SystemExit(f"{article}: no analysis written: {done.stderr.strip()}")
    return json.loads((out / "a.json").read_text(encoding="utf-8"))


def as_analysis(found: dict, text: str):
    """The JSON in the shape score() reads, after checking it points into ``text``."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if found["text_sha256"] != digest:
        raise SystemExit("text_sha256 is not the article file's text: offsets would not fit")
    return findings_from_json(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    totals: dict[str, Tally] = {}
    for key in sorted(args.folder.glob("*.json")):
        article = load_article(key)
        with tempfile.TemporaryDirectory() as out:
            found = as_analysis(
                run_cli(key.with_suffix(".txt"), article.language, Path(out)), article.text
            )
        tally = score(article, found, 0.3)
        totals.setdefault(article.language, Tally()).add(tally)
        print(f"{article.name:34} {_figures(tally)}")
    for language, tally in totals.items():
        print(f"{language} all {' ' * 28}{_figures(tally)}")


def _figures(t: Tally) -> str:
    precision, recall = t.ratio("matched", "found"), t.ratio("matched", "key")
    speaker, label = t.ratio("speaker_right", "matched"), t.ratio("label_right", "matched")
    claims = t.ratio("claims_right", "claims")
    return (
        f"P30 {precision:.2f} R30 {recall:.2f} speaker {speaker:.2f} label {label:.2f} "
        f"author/fact {claims:.2f} [{t.matched}/{t.key} key, {t.found} found]"
    )


if __name__ == "__main__":
    main()
