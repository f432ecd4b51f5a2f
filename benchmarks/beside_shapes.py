"""French keys the rules miss beside a finding of theirs in the same sentence, by shape.

beside46 (docs/drafting.md, "Forty-sixth round: beside46"): learned45 counted 314 French
misses out of fold in a sentence where the rules did find something, and nobody had sorted
them. This reads every French article with the tree's code, takes each missed key whose
sentence holds a finding, and sorts it by what stands between the key and that finding; then,
for the shapes a rule would mend by proposing the clause after a finding (a second clause
coordinated by « et que », a participle or « avant de » report, a clause after a semicolon),
it counts how often that clause is a missed key and how often it is keyed by no one: the
precision such a rule would cost. Counts are printed for the blind batches of rounds 27-44,
for blind45 (the stand-in) and for the whole corpus.

Run: ``PYTHONHASHSEED=0 PYTHONPATH=.:benchmarks python benchmarks/beside_shapes.py``.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from bench_draft import headline_of
from draft_eval import CORPUS, Article, coverage, load_article, match_attributions

from quizapp.draft import analyze

Span = tuple[int, int]
BLIND = re.compile(r"blind(2[7-9]|3[0-9]|4[0-4])")
STAND_IN = re.compile(r"blind45")
# a sentence ends at a stop (a closing mark may follow) before a capital or an opening mark
_SENTENCE_END = re.compile(r"(?<=[.!?…])[»\"”]?\s+(?=[«\"“A-ZÀ-Ý])|\n+")
# a verb of saying then « que » or a colon right before the key, inside a quotation
_TELLING = re.compile(
    r"\b(?:dit|dire|disent|affirm\w*|assur\w*|expliqu\w*|annonc\w*|confirm\w*|certifi\w*|"
    r"conclu\w*|savoir|répond\w*|indiqu\w*|précis\w*|estim\w*|invoqu\w*|promi\w*|promet\w*)"
    r"\b[^.!?]{0,40}?(?:\bque\b|\bqu['’]|:)\s*[«\"“]?\s*$",
    re.I,
)
_QUE = r"(?:que\s+|qu['’]\s*)"
_PARTICIPLES = (
    r"(?:ajoutant|précisant|soulignant|estimant|expliquant|assurant|affirmant|"
    r"rappelant|indiquant|jugeant|notant|insistant|regrettant|déclarant|prévenant|concluant|"
    r"reconnaissant|dénonçant|considérant|annonçant|promettant|relevant|admettant|déplorant)"
)
_INFINITIVES = (
    r"(?:ajouter|préciser|souligner|estimer|expliquer|assurer|affirmer|rappeler|"
    r"indiquer|juger|noter|insister|regretter|déclarer|prévenir|conclure|reconnaître|"
    r"dénoncer|considérer|annoncer|promettre|relever|admettre|déplorer|dire|lancer)"
)
_CLOSE = r"\s*[»\"”]?\s*"
# the clause a rule would propose after a finding, by the shape that opens it
PROPOSALS = {
    "second clause coordinated (« et que », « mais que »)": re.compile(
        rf"{_CLOSE},?\s*(?:et|mais|ou|puis)\s+{_QUE}", re.I
    ),
    "participle report (« , ajoutant que »)": re.compile(
        rf"{_CLOSE},?\s*(?:tout\s+)?(?:en\s+)?{_PARTICIPLES}\s+(?:\w+\s+){{0,3}}?(?:{_QUE}|:\s*)",
        re.I,
    ),
    "« avant de » report (« , avant de souligner que »)": re.compile(
        rf"{_CLOSE},?\s*(?:avant\s+d['e]\s*|afin\s+de\s+)(?:\w+\s+){{0,2}}?{_INFINITIVES}\s+"
        rf"(?:\w+\s+){{0,3}}?(?:{_QUE}|:\s*)",
        re.I,
    ),
    "clause after a semicolon": re.compile(rf"{_CLOSE};\s*(?!que|qu)", re.I),
}


def sentences(text: str) -> list[Span]:
    """The article's sentences, cut at stops and line ends (near enough to count shapes)."""
    spans, start = [], 0
    for stop in _SENTENCE_END.finditer(text):
        closing = 1 if text[stop.start()] in '»"”' else 0
        spans.append((start, stop.start() + closing))
        start = stop.end()
    return [*spans, (start, len(text))]


def shared(a: Span, b: Span) -> int:
    """How many characters two spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def group(name: str, key_text: str) -> str:
    """Which batch an article belongs to, by its name or its key's opening (as --only reads)."""
    where = name + key_text[:2000]
    return "blind27-44" if BLIND.search(where) else "blind45" if STAND_IN.search(where) else "rest"


def taken_shape(text: str, found, key: Span, other: Span) -> str:
    """The shape of a missed key a finding covers while matching another key."""
    quoted = found.kind in ("direct", "mixed") and found.content[0] < key[0]
    if quoted and _TELLING.search(text[found.content[0] : key[0]][-80:]):
        return "A report inside a quotation (the quotation found whole)"
    if shared(other, key) * 2 > min(key[1] - key[0], other[1] - other[0]):
        return "B same words keyed twice (a nested report, two speakers)"
    low, high = (other[1], key[0]) if other[1] <= key[0] else (key[1], other[0])
    if re.search(r"[.!?…]\s|\n", text[low:high]):
        return "C one finding over several keyed sentences"
    return "D finding too long: it covers this key and a neighbour's"


def apart_shape(text: str, key: Span, beside: list) -> str:
    """The shape of a missed key no finding overlaps, by the words between it and them."""
    after = [f.content[0] for f in beside if f.content[0] >= key[1]]
    before = [f.content[1] for f in beside if f.content[1] <= key[0]]
    if after and ":" in text[key[1] : min(after)]:
        return "F frame before a colon, its quotation found"
    if before and re.search(r"[:;]", text[max(before) : key[0]]):
        return "G claim after a colon or semicolon"
    if before and re.search(r"\b(?:et|mais|ou|tandis|alors)\b|,", text[max(before) : key[0]]):
        return "H another report (verb or subject) after the finding"
    if after and re.search(r"\b(?:et|mais|ou|tandis|alors)\b|,", text[key[1] : min(after)]):
        return "I another report (verb or subject) before the finding"
    return "J other"


def shape(text: str, analysis, pairs, keys: list[Span], key: Span, beside: list) -> str:
    """The shape of one missed ``key`` whose sentence holds ``beside`` findings."""
    found = analysis.attributions
    keyed = dict(pairs)
    for index, finding in enumerate(found):
        if coverage(finding.content, key) >= 0.3:
            if index not in keyed:
                return "K covered by a finding left unmatched"
            return taken_shape(text, finding, key, keys[keyed[index]])
    if any(shared(f.content, key) for f in found):
        return "E finding too short or cut elsewhere (under 30 % of the key)"
    return apart_shape(text, key, beside)


def proposals(text: str, analysis, keys: list[Span], matched: set[int], tally: Counter, where: str):
    """Count, per shape of PROPOSALS, the clause after each finding: a missed key, a key
    already matched by another finding, already found, or keyed by no one."""
    spans = sentences(text)
    for finding in analysis.attributions:
        end = finding.content[1]
        sentence = next((s for s in spans if s[0] <= end - 1 < s[1]), None)
        for name, opening in PROPOSALS.items():
            opened = opening.match(text, end, sentence[1]) if sentence else None
            if not opened or sentence[1] - opened.end() < 12:
                continue
            clause = (opened.end(), sentence[1])
            if any(coverage(f.content, clause) > 0.5 for f in analysis.attributions):
                tally[(name, "already found", where)] += 1
                continue
            hits = [j for j, k in enumerate(keys) if coverage(clause, k) >= 0.3]
            missed = [j for j in hits if j not in matched]
            verdict = "a missed key" if missed else "a key found elsewhere" if hits else "no key"
            tally[(name, verdict, where)] += 1


def main() -> None:
    """Sort the misses of every French article of the corpus and print both tables."""
    shapes: Counter = Counter()
    proposed: Counter = Counter()
    for path in sorted(CORPUS.glob("*.json")):
        article = load_article(path)
        if article.language == "fr":
            sort_article(path, article, shapes, proposed)
    report(shapes, proposed)


def sort_article(path: Path, article: Article, shapes: Counter, proposed: Counter) -> None:
    """One article read with the tree's code: the clauses after its findings tallied in
    ``proposed``, each missed key's shape in ``shapes`` (both by batch group)."""
    where = group(path.name, path.read_text(encoding="utf-8"))
    analysis = analyze(article.text, "fr", headline=headline_of(article.text))
    pairs = match_attributions(analysis, article, 0.3)
    keys = [k.content for k in article.attributions]
    matched = {j for _, j in pairs}
    proposals(article.text, analysis, keys, matched, proposed, where)
    spans = sentences(article.text)
    for j, key in enumerate(keys):
        sentence = next((s for s in spans if s[0] <= key[0] < s[1]), None)
        if j not in matched and sentence is not None:
            name = miss_shape(article.text, analysis, pairs, keys, key, sentence)
            shapes[(name, where)] += 1


def miss_shape(text: str, analysis, pairs, keys: list[Span], key: Span, sentence: Span) -> str:
    """A missed key's shape; "sentence empty" when no finding shares its sentence."""
    beside = [f for f in analysis.attributions if shared(f.content, sentence)]
    return shape(text, analysis, pairs, keys, key, beside) if beside else "sentence empty"


def report(shapes: Counter, proposed: Counter) -> None:
    """Print the shapes' counts per batch group, then the proposals' verdicts."""
    groups = ("blind27-44", "blind45", "rest")
    print(f"{'missed key beside a finding':62} {'b27-44':>7} {'b45':>5} {'all':>6}")
    for name in sorted({n for n, _ in shapes}):
        counts = [shapes[(name, g)] for g in groups]
        print(f"{name:62} {counts[0]:7} {counts[1]:5} {sum(counts):6}")
    print(f"\n{'clause after a finding (blind27-44 / all)':52}", end="")
    verdicts = ("a missed key", "no key", "a key found elsewhere", "already found")
    print("".join(f"{v:>24}" for v in verdicts))
    for name in PROPOSALS:
        cells = (
            (proposed[(name, v, "blind27-44")], sum(proposed[(name, v, g)] for g in groups))
            for v in verdicts
        )
        row = "".join(f"{blind:>14} / {whole:<7}" for blind, whole in cells)
        print(f"{name:52}{row}")


if __name__ == "__main__":
    sys.exit(main())
