"""Count the drafted questions per kind over the corpus, for one tree (questions51).

Run with PYTHONPATH set to the tree whose drafter to count (the start, then the branch): the
three fixes move questions between kinds (a capped who-said-this becomes a true/false or a
cue locate), and the totals alone would hide it.
"""

import json
import sys
from collections import Counter
from pathlib import Path

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import draft_questions

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "data" / "draft"


def kind(question: dict) -> str:
    """The kind as the review names it: a cue locate apart from an anonymous source's."""
    if question["id"].startswith("draft-locate-cue"):
        return "locate-cue"
    return question["type"]


def main(language: str) -> None:
    counts: Counter = Counter()
    for key in sorted(CORPUS.glob(f"{language}-*.json")):
        text = key.with_suffix(".txt").read_text(encoding="utf-8")
        lines = text.split("\n", 2)
        headline = lines[0] if len(lines) > 1 and not lines[1].strip() else None
        analysis = analyze(text, json.loads(key.read_text(encoding="utf-8"))["language"],
                           headline=headline)  # fmt: skip
        counts.update(kind(q) for q in draft_questions(analysis))
    print(language, dict(sorted(counts.items())), sum(counts.values()))


if __name__ == "__main__":
    for language in sys.argv[1:] or ["fr", "en"]:
        main(language)
