"""How many drafted classify claims give their answer away (claims48).

teacher48's student read « We simply cannot justify … people use," said councillor Martin
Greaves […] » as a claim to classify: a quotation cut by its own cue is one finding from its
first mark to its last, and the classify showed all of it, cue, source and a stray mark. This
probe drafts the questions of every corpus article (or those ``--only REGEX`` picks, searched
in the file name and the key's ``annotated`` field, as quick_score.py does) with the tree on
``PYTHONPATH`` and counts, per language, on the whole corpus, the tuning set and the
stand-in, the classify claims that hold

- their cue or their source: the claim shows the cue's or the source's words more often than
  the finding's content does once its cue and source are taken out (so a « said » inside the
  quoted words is not counted);
- an unpaired quotation mark: « » or “ ” left open or closed first, or an odd number of ``"``
  (a ’ is an apostrophe too and is not counted).

Run: ``PYTHONPATH=TREE python benchmarks/claims48_classify_claims.py [--only REGEX] [--show N]``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_eval import CORPUS, load_article

from quizapp.draft import Analysis, analyze
from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.findings import Attribution
from quizapp.model.text import unmatched_marks
from quizapp.sets.articles.text import has_headline


def unpaired(claim: str) -> bool:
    """Whether ``claim`` leaves a quotation mark without its pair."""
    pairs = [unmatched_marks(claim, "«", "»"), unmatched_marks(claim, "“", "”")]
    return any(any(pair) for pair in pairs) or claim.count('"') % 2 == 1


def _times(words: str, text: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(words)}(?!\w)", text))


def holds_attribution(claim: str, found: Attribution, analysis: Analysis) -> bool:
    """Whether ``claim`` shows the cue or the source of ``found`` lying inside its content."""
    start, end = found.content
    inside = sorted(s for s in (found.cue, found.source) if s and start < s[0] < end)
    pieces, at = [], start
    for span in inside:
        pieces.append(analysis.text[at : span[0]])
        at = max(at, span[1])
    own = " | ".join([*pieces, analysis.text[at:end]])
    return any(
        _times(" ".join(analysis.passage(s).split()), claim)
        > _times(" ".join(analysis.passage(s).split()), " ".join(own.split()))
        for s in inside
    )


def evidence(found: Attribution, analysis: Analysis) -> str:
    """The finding's evidence as the drafter writes it (``DraftBase.evidence``)."""
    spans = [s for s in (found.content, found.cue, found.source) if s is not None]
    return analysis.passage((min(s[0] for s in spans), max(s[1] for s in spans)))


def count(key: Path, tally: Counter, shown: list[str]) -> None:
    """Adds the classify claims of the article of ``key`` to ``tally``."""
    article = load_article(key)
    head = article.text.partition("\n")[0].strip() if has_headline(article.text) else None
    analysis = analyze(article.text, article.language, headline=head)
    by_evidence = {evidence(a, analysis): a for a in analysis.attributions}
    lang = article.language
    for draft in draft_questions(analysis):
        for item in draft.get("items", []) if draft["type"] == "classify" else []:
            claim, found = item["claim"], by_evidence.get(item["evidence"])
            tally[lang, "claims"] += 1
            cued = found is not None and holds_attribution(claim, found, analysis)
            marks = unpaired(claim)
            tally[lang, "cue or source"] += cued
            tally[lang, "unpaired mark"] += marks
            tally[lang, "either"] += cued or marks
            if cued or marks:
                shown.append(f"{key.stem} [{'cue' if cued else 'mark'}] {claim}")


GROUPS = {  # as the brief reports them, by the key's file name and ``annotated`` field
    "whole corpus": "",
    "tuning set": r"blind(2[7-9]|3[0-9]|4[0-6])",
    "stand-in": r"blind47",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", help="a REGEX: only the keys it finds, as one more group")
    parser.add_argument("--show", type=int, default=0, help="list that many claims counted")
    args = parser.parse_args()
    groups = {"only": args.only} if args.only else GROUPS
    tallies = {name: Counter() for name in groups}
    shown: list[str] = []
    for key in sorted(CORPUS.glob("*.json")):
        named = _named(key)
        picked = [name for name, regex in groups.items() if re.search(regex, named)]
        if picked:
            tally: Counter = Counter()
            count(key, tally, shown)
            for name in picked:
                tallies[name].update(tally)
    names = ("claims", "cue or source", "unpaired mark", "either")
    for group, tally in tallies.items():
        for lang in ("fr", "en"):
            print(group, lang, " ".join(f"{name} {tally[lang, name]}" for name in names))
    print("\n".join(shown[: args.show]))


def _named(key: Path) -> str:
    return key.name + " " + json.loads(key.read_text(encoding="utf-8")).get("annotated", "")


if __name__ == "__main__":
    main()
