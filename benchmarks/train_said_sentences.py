"""Train and measure a learned fallback for the drafter (benchmarks/said_sentences.py) on the
dev and heldout articles; a negative result, kept to be re-run (docs/drafting.md, "A learned
fallback, measured").

Each sentence the rules leave without an attribution is a candidate; a logistic regression
scores it for "this sentence reports what someone says or thinks". The script reads every
article once through the analysis (recording each sentence's features and what the fallback
would propose), cross-validates by ARTICLE over heldout (five folds; dev always trains), picks
the training data, the feature groups and the threshold on the out-of-fold figures, then trains
on dev + heldout and writes the weights (--out). The test split is never read here; --score
runs bench_draft.py with the fallback hooked in, which prints every split in aggregate.

    python benchmarks/train_said_sentences.py [--languages fr en] [--out W.json]
    python benchmarks/train_said_sentences.py --score W.json

Plain Python (no numpy): sparse features, batch gradient descent (Adagrad steps), L2 penalty.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import zlib
from dataclasses import dataclass, replace
from pathlib import Path

import bench_draft
import draft_eval
import said_sentences
from bench_draft import headline_of
from draft_eval import Article, Tally, corpus, coverage
from said_sentences import SentenceModel, fallback_in_analysis, sentence_features

from quizapp.draft import analyze
from quizapp.draft.findings import Attribution
from quizapp.draft.pipeline import reader as reader_module

GROUPS = ("w:", "s3:", "s4:", "lex:", "shape")  # "shape": every other feature but the bias
FOLDS = 5


@dataclass
class Sentence:
    features: list[str]
    span: tuple[int, int]
    candidate: Attribution | None = None  # what the fallback would propose (rule-empty only)
    said: bool = False  # the sentence holds >= 30 % of a key attribution
    missed: bool = False  # the proposal would match a key attribution the rules missed


@dataclass
class Read:
    article: Article
    rules: tuple[Attribution, ...]
    analysis: object
    sentences: dict[tuple[int, int], Sentence]


def read(article: Article) -> Read:
    """The rules' analysis of an article, every sentence's features and each candidate."""
    seen: dict[tuple[int, int], Sentence] = {}
    original_view = reader_module.sentence_view

    def viewing(text, sentence, quotes, lex, previous=None):
        view = original_view(text, sentence, quotes, lex, previous)
        seen.setdefault(sentence, Sentence(sentence_features(view), sentence))
        return view

    def proposing(view, registry):  # records what would be proposed, proposes nothing
        found = said_sentences.candidate(view, registry, 0.5)
        entry = seen.setdefault(view.span, Sentence(sentence_features(view), view.span))
        entry.features = sentence_features(view)
        entry.candidate = found[0] if found else None
        return []

    reader_module.sentence_view = viewing
    try:
        with fallback_in_analysis(proposing):
            result = analyze(article.text, article.language, headline=headline_of(article.text))
    finally:
        reader_module.sentence_view = original_view
    _label(article, result, seen)
    return Read(article, result.attributions, result, seen)


def _label(article: Article, result, seen: dict) -> None:
    keys = [k.content for k in article.attributions]
    matched = {j for _, j in draft_eval.match_attributions(result, article, 0.3)}
    for entry in seen.values():
        entry.said = any(coverage(entry.span, k) >= 0.3 for k in keys)
        if entry.candidate is not None:
            content = entry.candidate.content
            entry.missed = any(
                coverage(content, k) >= 0.3 for j, k in enumerate(keys) if j not in matched
            )


# ----- the model -----
def keep(features: list[str], groups: tuple[str, ...]) -> list[str]:
    def wanted(name: str) -> bool:
        if name == "bias":
            return True
        prefix = next((g for g in GROUPS[:-1] if name.startswith(g)), "shape")
        return prefix in groups

    return [f for f in features if wanted(f)]


def train(rows: list[tuple[list[str], int]], l2: float, epochs: int = 150) -> dict[str, float]:
    """Logistic regression by full-batch gradient descent (Adagrad steps), L2 on all but bias."""
    counts: dict[str, int] = {}
    for features, _ in rows:
        for f in features:
            counts[f] = counts.get(f, 0) + 1
    rows = [([f for f in feats if counts[f] >= 2], y) for feats, y in rows]
    weights: dict[str, float] = dict.fromkeys((f for f in counts if counts[f] >= 2), 0.0)
    squares = dict.fromkeys(weights, 1e-8)
    for _ in range(epochs):
        grad = {f: (l2 * w if f != "bias" else 0.0) for f, w in weights.items()}
        for feats, y in rows:
            error = _sigmoid(sum(weights[f] for f in feats)) - y
            for f in feats:
                grad[f] += error / len(rows) * 1.0
        for f, g in grad.items():
            squares[f] += g * g
            weights[f] -= 0.5 * g / math.sqrt(squares[f])
    return {f: round(w, 3) for f, w in weights.items() if abs(w) >= 0.005 or f == "bias"}


def _sigmoid(score: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def probability(weights: dict[str, float], features: list[str]) -> float:
    return _sigmoid(sum(weights.get(f, 0.0) for f in features))


def rows_of(reads: list[Read], data: str, groups: tuple[str, ...]) -> list:
    """Training rows: the rule-empty candidates labelled by a missed key ("missed"), or every
    sentence labelled by a key inside it, rule-empty ones flagged ("all")."""
    rows = []
    for item in reads:
        for entry in item.sentences.values():
            if data == "missed" and entry.candidate is not None:
                rows.append((keep(entry.features, groups), int(entry.missed)))
            elif data == "all":
                flag = ["rules:none"] if entry.candidate is not None else []
                rows.append((keep(entry.features, groups) + flag, int(entry.said)))
    return rows


# ----- scoring a threshold -----
def tally(reads: list[Read], chances: dict[int, dict], threshold: float | None) -> Tally:
    """The corpus figures with the candidates at or above ``threshold`` added (None: rules)."""
    loose = Tally()
    for item in reads:
        extra = [
            e.candidate
            for span, e in item.sentences.items()
            if e.candidate is not None
            and threshold is not None
            and chances[id(item)][span] >= threshold
        ]
        found = sorted(item.rules + tuple(extra), key=lambda a: a.content[0])
        loose.add(draft_eval.score(item.article, replace(item.analysis, attributions=found), 0.3))
    return loose


def figures(t: Tally) -> str:
    return (
        f"P30 {t.ratio('matched', 'found'):.3f} R30 {t.ratio('matched', 'key'):.3f} "
        f"speaker {t.ratio('speaker_right', 'matched'):.3f} [{t.matched}/{t.key}, {t.found} found]"
    )


def fold_of(article: Article) -> int:
    return zlib.crc32(article.name.encode()) % FOLDS


# ----- cross-validation and the written model -----
CONFIGS = (
    ("missed", ("w:", "s3:", "s4:", "lex:", "shape"), 0.01),
    ("missed", ("lex:", "shape"), 0.01),
    ("all", ("w:", "s3:", "s4:", "lex:", "shape"), 0.001),
    ("all", ("w:", "s3:", "s4:", "lex:", "shape"), 0.01),
    ("all", ("w:", "lex:", "shape"), 0.01),
    ("all", ("s3:", "s4:", "lex:", "shape"), 0.01),
    ("all", ("lex:", "shape"), 0.01),
)
THRESHOLDS = [round(0.30 + 0.05 * i, 2) for i in range(14)]


def out_of_fold(reads: list[Read], config: tuple) -> dict[int, dict]:
    """Each heldout candidate's probability from a model trained without its article's fold."""
    data, groups, l2 = config
    chances: dict[int, dict] = {id(r): {} for r in reads}
    for fold in range(FOLDS):
        trained = [r for r in reads if r.article.split == "dev" or fold_of(r.article) != fold]
        weights = train(rows_of(trained, data, groups), l2)
        for item in (r for r in reads if r.article.split == "heldout"):
            if fold_of(item.article) != fold:
                continue
            for span, entry in item.sentences.items():
                flag = ["rules:none"] if data == "all" else []
                chances[id(item)][span] = probability(weights, keep(entry.features, groups) + flag)
    return chances


def choose(reads: list[Read], chances: dict, floor: float) -> tuple[float | None, Tally]:
    """The threshold with the best heldout recall at precision >= ``floor`` (None: none)."""
    heldout = [r for r in reads if r.article.split == "heldout"]
    best: tuple[float | None, Tally] = (None, tally(heldout, chances, None))
    for threshold in THRESHOLDS:
        result = tally(heldout, chances, threshold)
        print(f"      t={threshold:.2f} {figures(result)}")
        if result.ratio("matched", "found") >= floor and result.matched > best[1].matched:
            best = (threshold, result)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--languages", nargs="+", default=["fr", "en"])
    parser.add_argument("--floor", type=float, default=0.94, help="heldout P30 to keep")
    parser.add_argument("--out", type=Path, help="write the weights there (JSON)")
    parser.add_argument("--score", type=Path, help="bench_draft.py with these weights hooked in")
    args = parser.parse_args()
    if args.score:
        return score_with(args.score)
    written = {}
    for language in args.languages:
        chosen = [a for a in corpus() if a.language == language and a.split in ("dev", "heldout")]
        reads = [read(a) for a in chosen]
        heldout = [r for r in reads if r.article.split == "heldout"]
        print(f"{language}: rules alone on heldout {figures(tally(heldout, {}, None))}")
        results = []
        for config in CONFIGS:
            print(f"  config {config[0]} {'+'.join(config[1])} l2={config[2]}")
            threshold, result = choose(reads, out_of_fold(reads, config), args.floor)
            print(f"    -> threshold {threshold} {figures(result)}")
            results.append((result.matched if threshold else -1, threshold, config))
        _, threshold, config = max(results, key=lambda r: r[0])
        weights = train(rows_of(reads, config[0], config[1]), config[2])
        if config[0] == "all":  # every proposal is for a rule-empty sentence
            weights["bias"] = round(weights.get("bias", 0.0) + weights.pop("rules:none", 0.0), 3)
        print(f"{language}: chose {config} threshold {threshold}, {len(weights)} weights")
        written[language] = {
            "trained_on": "dev + heldout articles, cross-validated by article over heldout",
            "data": config[0],
            "features": list(config[1]),
            "l2": config[2],
            "threshold": threshold,
            "weights": dict(sorted(weights.items(), key=lambda kv: -abs(kv[1]))),
        }
    if args.out:
        args.out.write_text(json.dumps(written, ensure_ascii=False, indent=0) + "\n", "utf-8")
        print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)")


def score_with(path: Path) -> None:
    """bench_draft.py's figures (every split, in aggregate) with the fallback hooked in."""
    for language, data in json.loads(path.read_text(encoding="utf-8")).items():
        if data.get("threshold") is not None:
            said_sentences.MODELS[language] = SentenceModel(data["weights"], data["threshold"])
    sys.argv = [sys.argv[0], "--runs", "1"]
    with fallback_in_analysis(said_sentences.proposed):
        bench_draft.main()


if __name__ == "__main__":
    main()
