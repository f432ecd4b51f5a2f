"""junk50_dump.py TREE OUT: every finding's speaker, the analysis's speakers and the options of
the drafted "who said this?" and match questions, French and English (JSON lines).

Round 50's junk50 sorts the speakers the drafter proposes by shape (a person, body or group
noun, a name, or no one: « Réponse », « La rentrée », a date, a town alone) and counts how
many questions offer a phrase that is no one as an option; junk50_shapes.py reads OUT.
Each line: kind "finding" (article, set, language, speaker, key speaker, right), "speaker"
(a speaker of ``Analysis.speakers``) or "option" (question id, option text, correct or not).
"""

import json
import os
import re
import sys
from pathlib import Path

if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable, *sys.argv])

TREE = Path(sys.argv[1]).resolve()
sys.path[:0] = [str(TREE), str(TREE / "benchmarks")]
from draft_eval import same_speaker  # noqa: E402
from keyed_findings import keyed_article  # noqa: E402

from quizapp.draft.drafting.questions import draft_questions  # noqa: E402


def group(annotated: str) -> str:
    """tuning (blind27-48), stand-in (blind49) or rest."""
    found = re.search(r"blind(\d\d)", annotated)
    number = int(found.group(1)) if found else 0
    return "stand-in" if number == 49 else "tuning" if 27 <= number <= 48 else "rest"


def rows(key: Path) -> list[dict]:
    """The findings, speakers and question options of one article."""
    read = keyed_article(key)
    art, an, pairs = read.article, read.analysis, read.pairs
    base = {"art": key.stem, "set": group(key.stem + " " + read.annotated), "lang": art.language}
    out = []
    for i, f in enumerate(an.attributions):
        k = art.attributions[pairs[i]] if i in pairs else None
        right = bool(k) and same_speaker(f.speaker, k.speaker)
        out.append(
            base
            | {"kind": "finding", "speaker": f.speaker, "key": k.speaker if k else None}
            | {"right": right, "cue": an.passage(f.cue) if f.cue else ""}
        )
    out += [base | {"kind": "speaker", "speaker": s.speaker} for s in an.speakers]
    for q in draft_questions(an):
        if q.get("id", "").startswith("draft-who-"):
            for o in q.get("options", []):
                out.append(
                    base
                    | {"kind": "option", "q": q["id"], "text": o["text"]}
                    | {"correct": bool(o.get("correct"))}
                )
        if q.get("id") == "draft-match-quotes":
            texts = [(p["right"], True) for p in q["pairs"]] + [
                (d, False) for d in q.get("distractors", [])
            ]
            out += [
                base | {"kind": "option", "q": q["id"], "text": t, "correct": c} for t, c in texts
            ]
    return out


def main() -> None:
    with Path(sys.argv[2]).open("w", encoding="utf-8") as lines:
        for key in sorted((TREE / "tests" / "data" / "draft").glob("*.json")):
            for row in rows(key):
                lines.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
