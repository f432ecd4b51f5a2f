"""Measure what spaCy's small French model would bring to the drafter (not a dependency).

Run it in a separate environment where ``spacy`` and ``fr_core_news_sm`` are installed:

    python benchmarks/draft_spacy_probe.py

It prints the model's load time, its parse time per 1,000 words on the French corpus (next to
the drafter's own time), and one quality probe: deciding "named" by "the source holds a PER or
ORG entity" (spaCy) versus the drafter's own reading, over the French key's attributions whose
source is written out. docs/drafting.md reports the figures.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import spacy
from draft_eval import CORPUS, corpus

from quizapp.draft import analyze
from quizapp.draft.sources.reading import read_source
from quizapp.draft.text.segment import tokens
from quizapp.draft.words.lexicon import load


def main() -> None:
    start = time.perf_counter()
    nlp = spacy.load("fr_core_news_sm")
    print(f"load: {(time.perf_counter() - start) * 1000:.0f} ms")
    articles = [a for a in corpus() if a.language == "fr"]
    words = sum(len(a.text.split()) for a in articles)
    start = time.perf_counter()
    docs = {a.name: nlp(a.text) for a in articles}
    spacy_ms = (time.perf_counter() - start) * 1e6 / words
    start = time.perf_counter()
    for article in articles:
        analyze(article.text, "fr")
    rules_ms = (time.perf_counter() - start) * 1e6 / words
    print(f"per 1,000 words: spaCy parse {spacy_ms:.0f} ms, drafter (rules) {rules_ms:.0f} ms")
    _named_probe(articles, docs)


def _named_probe(articles, docs) -> None:
    import json

    lex = load("fr")
    right = {"spacy": 0, "rules": 0}
    total = 0
    for article in articles:
        key = json.loads((CORPUS / f"{article.name}.json").read_text(encoding="utf-8"))
        for item in key["attributions"]:
            source = item.get("source")
            if not source or item["label"] == "vague" or len(source.split()) < 1:
                continue
            at = article.text.find(source)
            if at < 0:
                continue
            total += 1
            span = docs[article.name].char_span(at, at + len(source), alignment_mode="expand")
            ents = [e for e in docs[article.name].ents if span and e.start >= span.start
                    and e.end <= span.end and e.label_ in ("PER", "ORG")]  # fmt: skip
            spacy_named = bool(ents)
            from quizapp.draft.pipeline.resolved_drafts import names_someone

            words = tokens(article.text, (at, at + len(source)), "fr")
            rules = read_source(source, lex, names_someone(words, lex)).label
            right["spacy"] += spacy_named == (item["label"] == "named")
            right["rules"] += (rules == "named") == (item["label"] == "named")
    print(f"named-or-not over {total} written sources: spaCy entities {right['spacy']}/{total}, "
          f"drafter rules {right['rules']}/{total}")  # fmt: skip


if __name__ == "__main__":
    main()
