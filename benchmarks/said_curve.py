"""The out-of-fold measure of the clause-level reader (train_said_clauses.py): folds, the
figures with the candidates above a threshold added, the curve over thresholds and the choice
of one; apart from the reading so each file stays short enough to read."""

from __future__ import annotations

from dataclasses import replace

import draft_eval
from draft_eval import Tally
from said_training import probability, train

FOLDS = 5
THRESHOLDS = [round(0.10 + 0.05 * i, 2) for i in range(17)]


def tally(reads: list, chances: dict, threshold: float | None) -> Tally:
    """The figures with the candidates at or above ``threshold`` added (None: rules alone)."""
    total = Tally()
    for item in reads:
        extra = [
            c.attribution
            for n, c in enumerate(item.clauses)
            if threshold is not None and chances[(id(item), n)] >= threshold
        ]
        found = sorted(item.analysis.attributions + tuple(extra), key=lambda a: a.content[0])
        total.add(draft_eval.score(item.article, replace(item.analysis, attributions=found), 0.3))
    return total


def rows_of(reads: list) -> list:
    return [(sorted(c.features), int(c.missed)) for r in reads for c in r.clauses]


def chances_of(reads: list, weights: dict) -> dict:
    return {
        (id(r), n): probability(weights, sorted(c.features))
        for r in reads
        for n, c in enumerate(r.clauses)
    }


def out_of_fold(reads: list, l2: float) -> dict:
    chances: dict = {}
    for fold in range(FOLDS):
        weights = train(rows_of([r for r in reads if r.fold != fold]), l2)
        chances.update(chances_of([r for r in reads if r.fold == fold], weights))
    return chances


def curve(reads: list, chances: dict, floor: float) -> tuple[float | None, tuple]:
    """The out-of-fold curve; the threshold adding most keys (ten or more) at >= ``floor``
    of the added findings right, and (the best share right, its threshold) in case none is."""
    parts = {
        "all": reads,
        "blind": [r for r in reads if r.tag == "blind"],
        "rest": [r for r in reads if r.tag == "rest"],
    }
    rules = {name: tally(part, chances, None) for name, part in parts.items()}
    for name, got in rules.items():
        print(f"    rules, {name}: {figures(got)}")
    best, most, fallback = None, 0, (0.0, None)
    for threshold in THRESHOLDS:
        gain, more = _curve_row(parts, rules, chances, threshold)
        if gain >= 10 and gain / more >= floor and gain > most:
            best, most = threshold, gain
        if gain >= 10 and gain / more > fallback[0]:
            fallback = (gain / more, threshold)
    if best is None:
        print(f"    no threshold at the floor; best share right {fallback[0]:.2f} at {fallback[1]}")
    return best, fallback


def _curve_row(parts: dict, rules: dict, chances: dict, threshold: float) -> tuple[int, int]:
    """Print one threshold's keys and findings added per part; return those of all articles
    (the threshold is chosen on them)."""
    added, cells = {}, []
    for name, part in parts.items():
        got = tally(part, chances, threshold)
        added[name] = (got.matched - rules[name].matched, got.found - rules[name].found)
        gain, more = added[name]
        cells.append(f"{name} +{gain}/+{more} R30 {got.ratio('matched', 'key'):.3f}")
    print(f"    t={threshold:.2f} " + " | ".join(cells))
    return added["all"]


def figures(got: Tally) -> str:
    p, r = got.ratio("matched", "found"), got.ratio("matched", "key")
    return (
        f"{got.matched} matched / {got.found} found / {got.speaker_right} speakers / "
        f"{got.label_right} labels of {got.key} keys (P30 {p:.3f} R30 {r:.3f})"
    )
