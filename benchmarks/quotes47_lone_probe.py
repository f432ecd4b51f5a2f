"""Round 47's shape 4 measured, not landed (quotes47): a quotation of ten words or more that
stands alone in its paragraph or sentence, no finding covering it and none before it in the
article (quotes47_lone_scan.py: 17 keyed of 17 on the whole corpus), given as a direct
quotation to the speaker of the article's first finding (the only speaker such a rule has to
hand). The analysis is wrapped for the run; the dump is quotes47_dump.py's.

python benchmarks/quotes47_lone_probe.py OUT.jsonl
"""

from __future__ import annotations

import sys
from dataclasses import replace

import quotes47_dump
from quotes47_lone_scan import _QUOTE, alone, covered

from quizapp.draft import analyze
from quizapp.draft.findings import Analysis, Attribution

_LEAST_WORDS = 10


def with_lone_openings(text: str, language: str, headline: str | None = None) -> Analysis:
    """The analysis, plus each long lone quotation before its first finding."""
    found = analyze(text, language, headline=headline)
    if not found.attributions:
        return found
    first = min(found.attributions, key=lambda a: a.content[0])
    added = []
    for quote in _QUOTE.finditer(text, 0, first.content[0]):
        span = (quote.start() + 1, quote.end() - 1)
        if len(quote.group().split()) < _LEAST_WORDS or alone(text, *quote.span()) is None:
            continue
        if any(covered(list(a.content), span) for a in found.attributions):
            continue
        added.append(_like(first, span))
    attributions = tuple(sorted(found.attributions + tuple(added), key=lambda a: a.content))
    return replace(found, attributions=attributions)


def _like(first: Attribution, span: tuple[int, int]) -> Attribution:
    """A direct quotation with no cue, said by the first finding's speaker."""
    return replace(first, content=span, cue=None, source=None, kind="direct", confidence=0.4)


if __name__ == "__main__":
    quotes47_dump.analyze = with_lone_openings
    quotes47_dump.main(sys.argv[1])
