"""Benchmark: the drafter against the hand-annotated corpus of tests/data/draft.

Prints, per language and per split, attribution precision and recall with one-to-one
matching at 30 % and 80 % coverage of the key's content, speaker match and label accuracy over
the attributions matched at 30 %, author/fact accuracy over the key's unattributed claims, and
the analysis time in milliseconds per 1,000 words (median of repeated runs). Splits (see
docs/drafting.md): dev, the articles the rules were tuned on from the start; heldout, scored
blind once, then also used for tuning; test, annotated last and never used for tuning.

    python benchmarks/bench_draft.py [--runs 20] [--details]

A benchmark, not a test: it always exits 0 (tests/draft asserts constructions, not scores).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_eval import Article, Tally, analysed_as_cli, builtin_set_agreement, corpus, score

from quizapp.draft import analyze
from quizapp.sets.articles.text import has_headline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--details", action="store_true", help="print each article's figures")
    args = parser.parse_args()
    articles = corpus()
    for language in ("fr", "en"):
        chosen = [a for a in articles if a.language == language]
        for split in ("dev", "heldout", "test", "all"):
            group = [a for a in chosen if split in ("all", a.split)]
            if group:  # a split may be empty between rounds (its keys not yet written)
                print(_line(language, split, group, args.details))
        second = [a for a in chosen if a.second_annotator]
        print(_line(language, "2nd-annotator", second, False))
        speed = _ms_per_thousand_words(chosen, args.runs)
        print(f"{language}  speed: {speed:.1f} ms / 1,000 words")
        print(f"{language}  {_growth(chosen)}")
    same, total = builtin_set_agreement()
    print(f"built-in Stargate set: {same}/{total} classify items get the set's own label")


def _line(language: str, split: str, group: list[Article], details: bool) -> str:
    loose, strict = Tally(), Tally()
    for article in group:
        findings = analysed_as_cli(article)[1]
        one, other = score(article, findings, 0.3), score(article, findings, 0.8)
        loose.add(one)
        strict.add(other)
        if details:
            print(f"    {article.name}: " + _figures(one, other))
    return f"{language} {split:13} ({len(group):2} articles) " + _figures(loose, strict)


def headline_of(text: str) -> str | None:
    """The headline as `quizapp draft` reads a .txt: a first line followed by a blank line."""
    return text.partition("\n")[0].strip() if has_headline(text) else None


def _figures(loose: Tally, strict: Tally) -> str:
    return (
        f"P30 {loose.ratio('matched', 'found'):.2f} R30 {loose.ratio('matched', 'key'):.2f} "
        f"P80 {strict.ratio('matched', 'found'):.2f} R80 {strict.ratio('matched', 'key'):.2f} "
        f"speaker {loose.ratio('speaker_right', 'matched'):.2f} "
        f"label {loose.ratio('label_right', 'matched'):.2f} "
        f"author/fact {loose.ratio('claims_right', 'claims'):.2f} "
        f"[{loose.matched}/{loose.key} key, {loose.found} found]"
    )


def _growth(articles: list[Article]) -> str:
    """A long text (every article of the language, once then four times) takes about four
    times as long, not sixteen: nothing in the analysis grows with the square of its size."""
    body = "\n\n".join(a.text for a in articles)
    timings = []
    for copies in (1, 4):
        start = time.perf_counter()
        analyze("\n\n".join([body] * copies), articles[0].language)
        timings.append(time.perf_counter() - start)
    words = len(body.split())
    return (
        f"long text: {words:,} words {timings[0]:.2f} s, x4 {timings[1]:.2f} s, "
        f"ratio {timings[1] / timings[0]:.1f} (linear 4)"
    )


def _ms_per_thousand_words(articles: list[Article], runs: int) -> float:
    words = sum(len(a.text.split()) for a in articles)
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        for article in articles:
            analyze(article.text, article.language)
        timings.append(time.perf_counter() - start)
    return statistics.median(timings) * 1000 * 1000 / max(1, words)


if __name__ == "__main__":
    main()
