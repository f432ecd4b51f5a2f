"""extras49's tables: French findings by shape (trait values from extras49_probe.py), share unkeyed.

A shape is one to three trait values; each line gives its findings and unkeyed ones over the
corpus without the stand-in, the tuning set (blind27-47) and the rest, and in how many tuning
rounds that hold the shape it is unkeyed at the asked share or more (steadiness: an habit of
the annotators is unkeyed round after round, an article's quirk in one batch only).

python benchmarks/extras49_tables.py [--fresh] [--min N] [--share S] [--pairs | --triples]
    [--show SHAPE] [--rounds SHAPE] [--spread] [--stand-in]   (SHAPE: trait=value[&trait=value])
"""

from __future__ import annotations

import argparse
import collections
import itertools

from extras49_probe import STAND_IN, TRAITS, TUNE, all_rows

BANDS = (("<0.25", 0.25), ("0.25-0.5", 0.5), ("0.5-0.75", 0.75), (">=0.75", 2.0))


def shape_tally(rows: list[dict], shape: tuple[tuple[str, str], ...]) -> dict:
    """Counts of a shape: all, unkeyed; tuning and rest; per tuning round (found, unkeyed)."""
    hit = [r for r in rows if all(r[t] == v for t, v in shape)]
    tune = [r for r in hit if TUNE.fullmatch(r["batch"])]
    rounds = collections.defaultdict(lambda: [0, 0])
    for r in tune:
        rounds[r["batch"]][0] += 1
        rounds[r["batch"]][1] += not r["keyed"]
    return {
        "n": len(hit),
        "unkeyed": sum(not r["keyed"] for r in hit),
        "tune_n": len(tune),
        "tune_unkeyed": sum(not r["keyed"] for r in tune),
        "rounds": dict(rounds),
    }


def steady(t: dict, share: float) -> tuple[int, int]:
    """(rounds where the shape is unkeyed at ``share`` or more, rounds that have the shape)."""
    have = [v for v in t["rounds"].values() if v[0]]
    return sum(1 for v in have if v[1] / v[0] >= share), len(have)


def table(rows: list[dict], shapes, least: int, share: float) -> None:
    print("| shape | found | unkeyed | share | tuning found / unkeyed | rest | steady rounds |")
    print("|---|---|---|---|---|---|---|")
    for shape in shapes:
        t = shape_tally(rows, shape)
        if t["n"] < least or t["unkeyed"] < share * t["n"]:
            continue
        good, have = steady(t, max(share, 0.75))
        name = " & ".join(f"{k}={v}" for k, v in shape)
        rest = (t["n"] - t["tune_n"], t["unkeyed"] - t["tune_unkeyed"])
        print(
            f"| {name} | {t['n']} | {t['unkeyed']} | {t['unkeyed'] / t['n']:.2f} | "
            f"{t['tune_n']} / {t['tune_unkeyed']} | {rest[0]} / {rest[1]} | {good} of {have} |"
        )


def frequent_shapes(rows: list[dict], size: int, least: int, share: float) -> list[tuple]:
    """Every shape of 1 to ``size`` trait values held by ``least`` findings or more and unkeyed
    at ``share`` or more, counted in one pass over the rows (not one pass per shape)."""
    found, unkeyed = collections.Counter(), collections.Counter()
    for r in rows:
        values = [(t, r[t]) for t in TRAITS]
        for n in range(1, size + 1):
            for shape in itertools.combinations(values, n):
                found[shape] += 1
                unkeyed[shape] += not r["keyed"]
    return sorted(
        (s for s, n in found.items() if n >= least and unkeyed[s] >= share * n),
        key=lambda s: -unkeyed[s] / found[s],
    )


def per_round(rows: list[dict], shape: tuple) -> None:
    """One line: the shape's found / unkeyed in each tuning round, then the rest."""
    t = shape_tally(rows, shape)
    cells = [f"{b[5:]} {v[0]}/{v[1]}" for b, v in sorted(t["rounds"].items())]
    rest = (t["n"] - t["tune_n"], t["unkeyed"] - t["tune_unkeyed"])
    name = " & ".join(f"{k}={v}" for k, v in shape)
    print(name, "|", ", ".join(cells), f"| rest {rest[0]}/{rest[1]}")


def spread(rows: list[dict], least: int) -> None:
    """Where the unkeyed findings are: per round, per article, and the best unkeyed share of
    any pair shape (``least`` findings or more) each unkeyed finding belongs to."""
    by_batch = collections.defaultdict(lambda: [0, 0])
    by_article = collections.Counter(r["article"] for r in rows if not r["keyed"])
    for r in rows:
        by_batch[r["batch"]][0] += 1
        by_batch[r["batch"]][1] += not r["keyed"]
    for b, (n, u) in sorted(by_batch.items()):
        print(f"{b}: {n} found, {u} unkeyed ({u / n:.2f})")
    sides = collections.Counter(r["keyside"] for r in rows if not r["keyed"])
    tune_sides = collections.Counter(
        r["keyside"] for r in rows if not r["keyed"] and TUNE.fullmatch(r["batch"])
    )
    print("unkeyed findings by the key they touch (corpus, tuning):", dict(sides), dict(tune_sides))
    tops = sorted(by_article.values(), reverse=True)
    print(
        f"{len(by_article)} articles hold an unkeyed finding; the 10 % with most hold "
        f"{sum(tops[: len(tops) // 10])} of {sum(tops)}; articles with 3 or more: "
        f"{sum(1 for v in tops if v >= 3)}"
    )
    found, unkeyed = collections.Counter(), collections.Counter()
    for r in rows:
        for shape in itertools.combinations([(t, r[t]) for t in TRAITS], 2):
            found[shape] += 1
            unkeyed[shape] += not r["keyed"]
    best = collections.Counter()
    for r in rows:
        if r["keyed"]:
            continue
        pairs = itertools.combinations([(t, r[t]) for t in TRAITS], 2)
        top = max((unkeyed[s] / found[s] for s in pairs if found[s] >= least), default=0)
        best[next(b for b, edge in BANDS if top < edge)] += 1
    print("unkeyed findings by the best unkeyed share of a pair shape they belong to:", dict(best))


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--fresh", action="store_true")
    p.add_argument("--min", type=int, default=20)
    p.add_argument("--share", type=float, default=0.75)
    p.add_argument("--pairs", action="store_true")
    p.add_argument("--triples", action="store_true")
    p.add_argument("--rounds", help="trait=value[&...]: found / unkeyed per tuning round")
    p.add_argument("--spread", action="store_true", help="how unkeyed findings spread")
    p.add_argument("--show", help="trait=value[&trait=value]: list the rows of a shape")
    p.add_argument("--stand-in", action="store_true", help="count the stand-in's rows too")
    a = p.parse_args()
    rows = all_rows(a.fresh)
    if not a.stand_in:
        rows = [r for r in rows if r["batch"] != STAND_IN]
    if a.rounds:
        shape = tuple(tuple(part.split("=", 1)) for part in a.rounds.split("&"))
        per_round(rows, shape)
        return
    if a.spread:
        spread(rows, a.min)
        return
    if a.show:
        shape = tuple(tuple(part.split("=", 1)) for part in a.show.split("&"))
        for r in rows:
            if all(r[t] == v for t, v in shape):
                print(r["keyed"], r["batch"], r["article"], repr(r["speaker"]), "|", r["content"])
        return
    print(f"{len(rows)} French findings, {sum(not r['keyed'] for r in rows)} unkeyed")
    size = 3 if a.triples else 2 if a.pairs else 1
    shapes = frequent_shapes(rows, size, a.min, a.share)
    table(rows, shapes, a.min, a.share)


if __name__ == "__main__":
    main()
