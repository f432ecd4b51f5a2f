"""Dump every drafted question's words over the corpus, for one tree (questions52).

Run with PYTHONPATH set to the tree whose drafter to dump (the start, then the branch), then
diff the two dumps: each line is one question's article, id and words (prompt, options,
match pairs and distractors), so the diff lists exactly the questions the fixes reworded.
Usage: dump.py LANGUAGE OUT
"""

import json
import sys
from pathlib import Path

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import draft_questions

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "data" / "draft"


def words(question: dict) -> str:
    """The words a student reads in one question, on one line."""
    parts = [question.get("prompt", "")]
    parts += [o["text"] for o in question.get("options", [])]
    parts += [f"{p['left']} -> {p['right']}" for p in question.get("pairs", [])]
    parts += question.get("distractors", [])
    return " | ".join(parts)


def main(language: str, out: Path) -> None:
    lines = []
    for key in sorted(CORPUS.glob(f"{language}-*.json")):
        text = key.with_suffix(".txt").read_text(encoding="utf-8")
        first = text.split("\n", 2)
        headline = first[0] if len(first) > 1 and not first[1].strip() else None
        language_of = json.loads(key.read_text(encoding="utf-8"))["language"]
        for question in draft_questions(analyze(text, language_of, headline=headline)):
            lines.append(f"{key.stem}\t{question['id']}\t{words(question)}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
