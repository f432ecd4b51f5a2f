"""List where the drafter loses recall and speaker match on the corpus, by construction.

For each key attribution that no finding covers at 30 % (a miss) and each matched one whose
speaker or label disagrees, prints the sentence around it and a rough construction category
guessed from the words near it (cue before/after, inserted cue, selon, colon quote, nominal cue,
quote without cue, continuation, description or M./Mme speaker...), then counts per category.
A diagnostic for people tuning the rules, not a score.

    python benchmarks/draft_misses.py [--language fr] [--split test] [--second]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_eval import Article, corpus, match_attributions, same_speaker

from quizapp.draft import analyze
from quizapp.sets.articles.text import has_headline

_NOMINAL = re.compile(
    r"\b(propos|communiqué|interview|entretien|déclaration|tweet|message)\b", re.I
)
_CONTINUATION = re.compile(
    r"^\W*(il|elle|ils|elles|pour (lui|elle|eux)|à (ses|son|leurs) yeux|et d['e])", re.I
)
_SELON = re.compile(r"\b(selon|d['’]après|à en croire|according to)\b", re.I)


def sentence_around(text: str, span: tuple[int, int]) -> tuple[int, int]:
    start = max(text.rfind("\n", 0, span[0]), text.rfind(". ", 0, span[0]) + 1, 0)
    end_candidates = [i for i in (text.find("\n", span[1]), text.find(". ", span[1])) if i >= 0]
    return start, min(end_candidates) if end_candidates else len(text)


def category(text: str, span: tuple[int, int]) -> str:
    start, end = sentence_around(text, span)
    before, after = text[start : span[0]], text[span[1] : end]
    if _SELON.search(before) or _SELON.search(after[:80]):
        return "selon-variant"
    if _NOMINAL.search(before + after[:60]):
        return "nominal-cue"
    if before.rstrip().endswith(":"):
        return "colon-quote"
    if _CONTINUATION.search(text[start : span[0]] or text[start:end]):
        return "continuation"
    if (
        re.match(r"\W*,?\s*(a|ont|avait|aurait)?-?t?-?\w+", after)
        and len(after.strip(' ,.»"”')) > 3
    ):
        return "cue-after/inserted"
    if before.strip(' «"“') and len(before.strip()) > 3:
        return "cue-before"
    return "no-cue-in-sentence"


def report(articles: list[Article], extra: bool = False) -> None:
    missed, wrong_speaker, wrong_label = Counter(), Counter(), Counter()
    for article in articles:
        headline = article.text.partition("\n")[0].strip() if has_headline(article.text) else None
        analysis = analyze(article.text, article.language, headline=headline)  # as bench_draft
        keys = article.attributions
        pairs = dict((j, i) for i, j in match_attributions(analysis, article, 0.3))
        if extra:
            print_unmatched(article, analysis, set(pairs.values()))
        for j, key in enumerate(keys):
            text = article.text
            snippet = text[slice(*sentence_around(text, key.content))].strip()[:220]
            if j not in pairs:
                cat = category(text, key.content)
                missed[cat] += 1
                print(f"MISS [{cat}] {article.name}: {key.speaker!r} | {snippet}")
                continue
            got = analysis.attributions[pairs[j]]
            if not same_speaker(got.speaker, key.speaker):
                cat = category(text, key.content)
                wrong_speaker[cat] += 1
                print(
                    f"SPEAKER [{cat}] {article.name}: got {got.speaker!r} "
                    f"want {key.speaker!r} | {snippet}"
                )
            if got.label != key.label:
                wrong_label[f"{key.label}->{got.label}"] += 1
                print(f"LABEL {article.name}: got {got.label} want {key.label} ({key.speaker!r})")
    for title, counts in (
        ("missed", missed),
        ("wrong speaker", wrong_speaker),
        ("wrong label", wrong_label),
    ):
        print(title + ": " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))


def print_unmatched(article: Article, analysis, matched: set[int]) -> None:
    """The findings no key attribution matched: what costs precision."""
    for i, found in enumerate(analysis.attributions):
        if i not in matched:
            content = article.text[slice(*found.content)].strip()[:160]
            print(f"EXTRA {article.name}: {found.speaker!r} ({found.label}) | {content}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="fr")
    parser.add_argument("--split", default="all")
    parser.add_argument("--second", action="store_true", help="only the second annotator's keys")
    parser.add_argument("--extra", action="store_true", help="also the findings no key matched")
    parser.add_argument("--article", default="", help="only articles whose name holds this")
    args = parser.parse_args()
    chosen = [
        a
        for a in corpus()
        if a.language == args.language
        and args.split in ("all", a.split)
        and (a.second_annotator or not args.second)
        and args.article in a.name
    ]
    report(chosen, args.extra)


if __name__ == "__main__":
    main()
