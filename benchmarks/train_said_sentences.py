"""Train and measure the learned fallback (benchmarks/said_sentences.py) on the keyed corpus; a
measurement kept to be re-run (docs/drafting.md, "A learned fallback, measured" and
"Forty-fifth round: learned45").

Each sentence the rules leave without an attribution is a candidate; a logistic regression
scores it for "this sentence reports what someone says or thinks". The script reads every
article once through the analysis (each sentence's features, what the fallback would propose,
and where each key the rules miss lies), cross-validates by ARTICLE over every article but the
stand-in (``--stand-in``, a pattern searched in an article's name and key), prints the
out-of-fold curve per setting and threshold (all articles, the blind annotators' ``--blind``
articles, the rest), picks the setting and threshold with the best out-of-fold recall at P30 >=
``--floor``, then trains on everything but the stand-in and scores the stand-in once.

    python benchmarks/train_said_sentences.py [--languages fr en] [--out W.json]
    python benchmarks/train_said_sentences.py --score W.json

Plain Python (no numpy): sparse features, batch gradient descent (Adagrad steps), L2 penalty.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter
from pathlib import Path

import bench_draft
import said_sentences
from said_reads import Read, read_corpus, tally
from said_sentences import SentenceModel, fallback_in_analysis
from said_training import probability, train

GROUPS = ("w:", "s3:", "s4:", "lex:", "shape")  # "shape": every other feature but the bias
FOLDS = 5
CONFIGS = (  # (labels, feature groups, L2)
    ("missed", ("w:", "s3:", "s4:", "lex:", "shape"), 0.01),
    ("missed", ("w:", "lex:", "shape"), 0.01),
    ("all", ("w:", "lex:", "shape"), 0.01),
)
THRESHOLDS = [round(0.20 + 0.05 * i, 2) for i in range(16)]


def keep(features: list[str], groups: tuple[str, ...]) -> list[str]:
    """The features of the chosen groups (and the bias)."""

    def wanted(name: str) -> bool:
        if name == "bias":
            return True
        prefix = next((g for g in GROUPS[:-1] if name.startswith(g)), "shape")
        return prefix in groups

    return [f for f in features if wanted(f)]


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


def chances_of(reads: list[Read], weights: dict, config: tuple) -> dict[int, dict]:
    """Each candidate's probability under ``weights`` (the "all" flag set: rule-empty)."""
    flag = ["rules:none"] if config[0] == "all" else []
    return {
        id(r): {
            span: probability(weights, keep(e.features, config[1]) + flag)
            for span, e in r.sentences.items()
            if e.candidate is not None
        }
        for r in reads
    }


def out_of_fold(reads: list[Read], config: tuple) -> dict[int, dict]:
    """Each candidate's probability from a model trained without its article's fold."""
    chances: dict[int, dict] = {}
    for fold in range(FOLDS):
        trained = [r for r in reads if r.fold != fold]
        weights = train(rows_of(trained, config[0], config[1]), config[2])
        chances.update(chances_of([r for r in reads if r.fold == fold], weights, config))
    return chances


def line(name: str, rules, added) -> str:
    """Matched / found at 30 %, with what the threshold adds, and the ratios."""
    p, r = added.ratio("matched", "found"), added.ratio("matched", "key")
    gained = f"+{added.matched - rules.matched}/+{added.found - rules.found}"
    return f"{name} {added.matched}/{added.found} of {added.key} ({gained}) P30 {p:.3f} R30 {r:.3f}"


def curve(reads: list[Read], chances: dict, floor: float) -> tuple[float | None, int]:
    """The out-of-fold curve; the threshold with the best recall at P30 >= ``floor``."""
    parts = {
        "all": reads,
        "blind": [r for r in reads if r.tag == "blind"],
        "rest": [r for r in reads if r.tag == "rest"],
    }
    rules = {name: tally(part, chances, None) for name, part in parts.items()}
    best: tuple[float | None, int] = (None, rules["all"].matched)
    for threshold in THRESHOLDS:
        got = {name: tally(part, chances, threshold) for name, part in parts.items()}
        print(f"      t={threshold:.2f} " + " | ".join(line(n, rules[n], got[n]) for n in got))
        if got["all"].ratio("matched", "found") >= floor and got["all"].matched > best[1]:
            best = (threshold, got["all"].matched)
    return best


def stand_in(reads: list[Read], chances: dict, threshold: float | None) -> None:
    """The stand-in articles, rules alone and rules + fallback: matched / found / speakers /
    labels of the keys."""
    for name, t in (("rules", None), ("rules + fallback", threshold)):
        got = tally(reads, chances, t)
        print(
            f"    stand-in, {name}: {got.matched} matched / {got.found} found / "
            f"{got.speaker_right} speakers / {got.label_right} labels of {got.key} keys "
            f"(P30 {got.ratio('matched', 'found'):.3f} R30 {got.ratio('matched', 'key'):.3f})"
        )


def one_language(reads: list[Read], floor: float) -> dict:
    """Cross-validate, choose, train on all but the stand-in, score the stand-in once."""
    trained = [r for r in reads if r.tag != "stand-in"]
    results = []
    for config in CONFIGS:
        print(f"  config {config[0]} {'+'.join(config[1])} l2={config[2]}")
        threshold, matched = curve(trained, out_of_fold(trained, config), floor)
        print(f"    -> threshold {threshold}, {matched} matched out of fold")
        results.append((matched if threshold is not None else -1, threshold, config))
    _, threshold, config = max(results, key=lambda r: r[0])
    weights = train(rows_of(trained, config[0], config[1]), config[2])
    print(f"  chose {config} threshold {threshold}, {len(weights)} weights")
    scored = [r for r in reads if r.tag == "stand-in"]
    stand_in(scored, chances_of(scored, weights, config), threshold)
    if config[0] == "all":  # every proposal is for a rule-empty sentence
        weights["bias"] = round(weights.get("bias", 0.0) + weights.pop("rules:none", 0.0), 3)
    return {
        "data": config[0],
        "features": list(config[1]),
        "l2": config[2],
        "threshold": threshold,
        "weights": dict(sorted(weights.items(), key=lambda kv: -abs(kv[1]))),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--languages", nargs="+", default=["fr", "en"])
    parser.add_argument("--floor", type=float, default=0.90, help="out-of-fold P30 to keep")
    parser.add_argument("--stand-in", default="blind44", help="scored once, never trained on")
    parser.add_argument("--blind", default=r"blind(2[7-9]|3[0-9]|4[0-3])", help="reported apart")
    parser.add_argument("--cache", type=Path, help="the reads, pickled (read once, reused)")
    parser.add_argument("--out", type=Path, help="write the weights there (JSON)")
    parser.add_argument("--score", type=Path, help="bench_draft.py with these weights hooked in")
    args = parser.parse_args()
    if args.score:
        return score_with(args.score)
    written = {}
    for language in args.languages:
        cache = args.cache and args.cache.with_suffix(f".{language}.pkl")
        if cache and cache.exists():
            reads = pickle.loads(cache.read_bytes())
        else:
            reads = read_corpus(language, args.stand_in, args.blind, FOLDS)
            cache and cache.write_bytes(pickle.dumps(reads))
        print(f"{language}: {len(reads)} articles")
        for tag in ("blind", "rest", "stand-in"):
            misses = sum((r.misses for r in reads if r.tag == tag), Counter())
            print(f"  the rules' misses, {tag}: {dict(misses.most_common())}")
        written[language] = one_language(reads, args.floor)
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
