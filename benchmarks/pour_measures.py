"""Whether « Pour le/la/les N, » then a measure (a future passive, a plain event) is keyed as N's
view (mend47a, review47 finding 6: « Pour le personnel, les primes seront versées en mars »).

For every French finding whose source comes right after « Pour » (« Pour le personnel, »,
« Pour lui, »), the content is sorted into: a passive of any tense (« sera versée », « a été
ouvert »), another future or conditional (« entrera en vigueur », « devrait »), or anything
else (a judgement, a present); and each finding into keyed (matched to a key at 30 %) or
not. Split by the whole corpus, the tuning set (blind27 … blind45) and
the stand-in (blind46). A diagnostic: narrowing the rule is worth it only if a class is
mostly unkeyed. `python benchmarks/pour_measures.py`
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_eval import CORPUS, load_article, match_attributions

from quizapp.draft import analyze

_TUNING = re.compile(r"blind(2[7-9]|3\d|4[0-5])")
_POUR = re.compile(r"(?i)\bpour\s+$")
_PASSIVE = re.compile(
    r"(?i)\b(?:est|sont|sera|seront|serait|seraient|était|étaient|a été|ont été|avait été|fut)"
    r"\s+(?:\w+ment\s+)?\w+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|rt|rte|rts|rtes)\b"
)
_FUTURE = re.compile(r"(?i)\b\w+(?:ra|ront|rait|raient)\b")


def _kind(content: str) -> str:
    """The class of the statement after « Pour DET N, »."""
    if _PASSIVE.search(content):
        return "passive"
    return "other future" if _FUTURE.search(content) else "other"


def _sets(annotated: str) -> list[str]:
    """The sets an article's key counts in."""
    return (
        ["corpus"]
        + (["tuning"] if _TUNING.search(annotated) else [])
        + (["stand-in"] if "blind46" in annotated else [])
    )


def main() -> None:
    tally: Counter[tuple[str, str, bool]] = Counter()
    for path in sorted(CORPUS.glob("fr-*.json")):
        text = path.with_suffix(".txt").read_text(encoding="utf-8")
        if not re.search(r"(?i)\bpour\s+[^,.]{1,60},", text):
            continue
        article = load_article(path)
        annotated = path.read_text(encoding="utf-8").split('"annotated"', 1)[-1][:80]
        analysis = analyze(text, "fr")
        matched = {i for i, _ in match_attributions(analysis, article, 0.3)}
        for index, found in enumerate(analysis.attributions):
            if not _after_pour(text, found.source):
                continue
            kind = _kind(analysis.passage(found.content))
            line = text[found.source[0] - 5 : found.content[1]]
            print(f"{path.stem}\t{kind}\t{index in matched}\t{line!r}")
            for name in _sets(annotated):
                tally[name, kind, index in matched] += 1
    for (name, kind, keyed), count in sorted(tally.items()):
        print(f"{name:9} {kind:15} keyed={keyed!s:5} {count}")


def _after_pour(text: str, source: tuple[int, int] | None) -> bool:
    """The source comes right after « Pour » (« Pour le personnel », « Pour lui »)."""
    if source is None:
        return False
    before = text[max(0, source[0] - 6) : source[0]]
    return bool(_POUR.search(before))


if __name__ == "__main__":
    main()
