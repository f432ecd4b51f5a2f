"""French misses where the drafter found something in the right sentence but the wrong passage.

bounds48 (docs/drafting.md, "Forty-eighth round: bounds48"): a finding that overlaps a missed
key by less than 30 % of it, or an unkeyed finding in the same sentence as a missed key, costs
precision and recall at once. beside46 (benchmarks/beside_shapes.py, whose sentence cut this
reuses) sorted every miss beside any finding; this counts only the pairs (missed key, unkeyed
finding) and sorts them by the shape of the boundary error, so that the largest shape with a
general cause in the code can be mended:

- two keys joined in one finding: the finding overlaps this key and another key;
- one key split in two findings: two unkeyed findings overlap this key;
- content too short: the finding lies inside the key;
- content too long: the finding reaches past the key and covers under 30 % of it;
- the wrong side of the cue: the finding's cue stands between the finding and the key;
- the wrong clause of the sentence: no overlap, no cue between;
- other: the finding has no cue span.

Tiers: the unkeyed finding in the key's sentence (or overlapping it), then in another
sentence of its paragraph; then the same two for a finding that matched another key (the
stand-in's examples the brief cites are of that kind: « Les manifestants ont reçu le soutien
… » beside a finding, keyed, over the clause after « selon Mme Haeck »).
Counts for the whole corpus, the tuning set (keys annotated by blind27-46) and the stand-in
(blind47), then two examples per shape (tuning set or stand-in first).

Run: ``PYTHONHASHSEED=0 PYTHONPATH=.:benchmarks python benchmarks/bounds48_census.py``
(``--examples N``: N examples a shape, 2 unless told).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from bench_draft import headline_of
from beside_shapes import sentences, shared
from draft_eval import CORPUS, load_article, match_attributions

from quizapp.draft import analyze

Span = tuple[int, int]
TUNING = re.compile(r"blind(2[7-9]|3[0-9]|4[0-6])")
STAND_IN = re.compile(r"blind47")
SHAPES = (
    "two keys joined in one finding",
    "one key split in two findings",
    "content too short (inside the key)",
    "content too long (past the key, under 30 %)",
    "the wrong side of the cue",
    "the wrong clause of the sentence",
    "other",
)
# the brief's census is the first tier; the others show what stands near it
TIERS = ("sentence", "paragraph", "sentence, keyed finding", "paragraph, keyed finding")


def group(path: Path) -> str:
    """Which set an article belongs to, by its file name and `annotated` (as --only reads)."""
    where = path.name + " " + json.loads(path.read_text(encoding="utf-8")).get("annotated", "")
    return "stand-in" if STAND_IN.search(where) else "tuning" if TUNING.search(where) else "rest"


def pair_shape(finding, key: Span, keys: list[Span], unkeyed: list) -> str:
    """The shape of one (missed key, unkeyed finding) pair."""
    content = finding.content
    if sum(1 for k in keys if shared(content, k)) >= 2 and shared(content, key):
        return SHAPES[0]
    if shared(content, key) and sum(1 for f in unkeyed if shared(f.content, key)) >= 2:
        return SHAPES[1]
    if shared(content, key):
        inside = content[0] >= key[0] and content[1] <= key[1]
        return SHAPES[2] if inside else SHAPES[3]
    cue = finding.cue
    if cue is None:
        return SHAPES[6]
    low, high = (content[1], key[0]) if content[1] <= key[0] else (key[1], content[0])
    return SHAPES[4] if low <= cue[0] and cue[1] <= high else SHAPES[5]


def article_pairs(path: Path):
    """Every (tier, shape, text, key span, finding) pair of one French article."""
    article = load_article(path)
    if article.language != "fr":
        return []
    analysis = analyze(article.text, "fr", headline=headline_of(article.text))
    pairs = match_attributions(analysis, article, 0.3)
    keys = [k.content for k in article.attributions]
    matched_keys = {j for _, j in pairs}
    matched_found = {i for i, _ in pairs}
    unkeyed = [f for i, f in enumerate(analysis.attributions) if i not in matched_found]
    spans = sentences(article.text)
    result = []
    for j, key in enumerate(keys):
        if j in matched_keys:
            continue
        sentence = next((s for s in spans if s[0] <= key[0] < s[1]), (key[0], key[1]))
        paragraph = _paragraph(article.text, key)
        for index, finding in enumerate(analysis.attributions):
            scope = _scope(finding.content, key, sentence, paragraph)
            if scope:
                shape = pair_shape(finding, key, keys, unkeyed)
                tier = scope + (", keyed finding" if index in matched_found else "")
                result.append((tier, shape, article.text, key, finding))
    return result


def _paragraph(text: str, key: Span) -> Span:
    """The paragraph (between line ends) holding the key's start."""
    start = text.rfind("\n", 0, key[0]) + 1
    end = text.find("\n", key[0])
    return start, len(text) if end < 0 else end


def _scope(content: Span, key: Span, sentence: Span, paragraph: Span) -> str:
    """Where a finding stands to a missed key: "sentence" (overlapping it or in its sentence),
    "paragraph" (another sentence of its paragraph), or "" (farther)."""
    if shared(content, key) or shared(content, sentence):
        return "sentence"
    return "paragraph" if shared(content, paragraph) else ""


def show(text: str, key: Span, finding) -> str:
    """One example: the key and the finding, each cut to 110 characters."""
    f = finding.content
    return (
        f"      key   «{text[key[0] : key[1]][:110]}»\n"
        f"      found «{text[f[0] : f[1]][:110]}» cue «{_cue(text, finding)}» ({finding.kind})"
    )


def _cue(text: str, finding) -> str:
    return text[finding.cue[0] : finding.cue[1]] if finding.cue else ""


def main() -> None:
    """Count every pair by shape and set, and print two examples of each shape."""
    wanted = int(sys.argv[sys.argv.index("--examples") + 1]) if "--examples" in sys.argv else 2
    counts: Counter = Counter()
    keys_missed: dict = defaultdict(set)
    examples: dict = defaultdict(list)
    for path in sorted(CORPUS.glob("*.json")):
        where = group(path)
        for tier, shape, text, key, finding in article_pairs(path):
            counts[(tier, shape, where)] += 1
            keys_missed[(tier, shape, where)].add((path.name, key))
            rank = 0 if where != "rest" else 1
            examples[(tier, shape)].append((rank, path.stem, show(text, key, finding)))
    for tier in TIERS:
        report(tier, counts, keys_missed, examples, wanted)


def report(tier: str, counts: Counter, keys_missed: dict, examples: dict, wanted: int) -> None:
    """One tier's table (pairs, then distinct missed keys) and its examples."""
    sets = ("tuning", "stand-in", "rest")
    print(f"\n=== {tier}")
    print(f"{'shape':46} {'whole (keys)':>14} {'tuning (keys)':>14} {'stand-in (keys)':>16}")
    for shape in SHAPES:
        pairs = [counts[(tier, shape, s)] for s in sets]
        keys = [len(keys_missed[(tier, shape, s)]) for s in sets]
        whole, tuning = f"{sum(pairs)} ({sum(keys)})", f"{pairs[0]} ({keys[0]})"
        print(f"{shape:46} {whole:>14} {tuning:>14} {f'{pairs[1]} ({keys[1]})':>16}")
    for shape in SHAPES:
        print(f"\n{shape}:")
        for _, name, text in sorted(examples[(tier, shape)])[:wanted]:
            print(f"   {name}\n{text}")


if __name__ == "__main__":
    sys.exit(main())
