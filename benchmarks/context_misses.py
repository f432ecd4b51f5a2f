"""Which statements the drafter gets right in a smaller context but wrong in the whole article.

A construction the rules handle when its sentence stands alone can still go wrong inside a
whole article: quotation marks paired across a scare quote, a sentence cut at an abbreviation,
a quotation joined to the next one, a subject taken from the sentences before. Such faults are
general (they hit every new article), so they are worth finding apart from missing rules.

For each key attribution the drafter misses in the whole article, finds with a wrong speaker,
or finds with content spilling far past the key, the key's paragraph alone and its sentence
alone (with the sentence before it) are analysed too. A key whose content (or, content right
both ways, whose speaker) is right in a smaller context is a context fault, grouped by a cause
read from how the whole article was cut: quotations paired otherwise, sentences cut otherwise,
a finding reaching out of the smaller context (a join across sentences), the source read
otherwise, the same source resolved otherwise. A diagnostic, not a score.

    python benchmarks/context_misses.py [--language fr] [--split heldout] [--article NAME] [-q]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_eval import Article, corpus, match_attributions, same_speaker

from quizapp.draft import Analysis, Attribution, analyze
from quizapp.draft.analysis import sentence_stops
from quizapp.draft.text.quotation_marks import quotations
from quizapp.draft.text.segment import Overlaps, paragraphs, sentences
from quizapp.draft.text.sentence.incise import split_incises
from quizapp.draft.text.sentence.single_quotes import as_double_quotes
from quizapp.draft.uncued.rules.headlines import is_framing
from quizapp.draft.words.lexicon import load
from quizapp.sets.articles.text import has_headline

Span = tuple[int, int]
PREFIX = "Article\n\n"  # a headline, so that the passage is read as body, not as framing


@dataclass(frozen=True)
class Verdict:
    """How one key fares in one reading: its matched finding, content right, speaker right."""

    found: Attribution | None
    content: bool
    speaker: bool


@dataclass(frozen=True)
class Cutting:
    """How the drafter cut a text: its paragraphs, quotations and sentences, and the
    sentences a reader sees at each full stop, whatever the quotation marks say."""

    paras: list[Span]
    quotes: list[Span]
    sentences: list[Span]
    plain: list[Span]


def cutting(text: str, language: str) -> Cutting:
    """Paragraphs, quotations and sentences exactly as ``analyze`` reads them."""
    lex = load(language)
    text = as_double_quotes(text) if language == "en" else text
    paras = paragraphs(text)
    quotes = split_incises(text, quotations(text, paras), lex)[0]
    near, stops = Overlaps(quotes), sentence_stops(lex)
    cut = [s for p in paras for s in sentences(text, p, near.within(p[0] - 1, p[1] + 1), stops)]
    plain = [s for p in paras for s in sentences(text, p, [], stops)]
    return Cutting(paras, quotes, cut, plain)


def spills(found: Span, key: Span) -> bool:
    """Found content reaching far outside the key (into the next quotation, say)."""
    outside = max(0, key[0] - found[0]) + max(0, found[1] - key[1])
    return outside > max(40, (key[1] - key[0]) // 2)


def verdicts(article: Article, analysis: Analysis) -> dict[int, Verdict]:
    """Each key's verdict in ``analysis`` (matched one-to-one at 30 %, as bench_draft)."""
    pairs = {j: analysis.attributions[i] for i, j in match_attributions(analysis, article, 0.3)}
    result = {}
    for j, key in enumerate(article.attributions):
        got = pairs.get(j)
        content = got is not None and not spills(got.content, key.content)
        speaker = got is not None and same_speaker(got.speaker, key.speaker)
        result[j] = Verdict(got, content, speaker)
    return result


def passage(article: Article, span: Span) -> tuple[Article, dict[int, int]]:
    """The article cut down to ``span`` (behind a headline), with the keys inside it, and
    which key of the whole article each of them is."""
    text = PREFIX + article.text[span[0] : span[1]]
    shift = len(PREFIX) - span[0]
    inside = [
        (j, k) for j, k in enumerate(article.attributions) if span[0] <= k.content[0] < span[1]
    ]
    keys = [
        replace(k, content=(k.content[0] + shift, min(k.content[1], span[1]) + shift))
        for _, k in inside
    ]
    small = replace(article, text=text, attributions=keys, unattributed=[])
    return small, {mine: j for mine, (j, _) in enumerate(inside)}


def contexts(whole: Cutting, key: Span) -> dict[str, Span]:
    """The key's paragraph(s); its sentence(s) with the sentence before them, as the drafter
    cuts them, then as a reader cuts them at each full stop, quotation marks aside (so that
    marks paired wrongly across a paragraph do not decide where the sentence is)."""
    paras = [p for p in whole.paras if p[0] < key[1] and p[1] > key[0]] or [whole.paras[0]]
    return {
        "paragraph": (paras[0][0], paras[-1][1]),
        "sentence": _around(whole.sentences, key),
        "plain sentence": _around(whole.plain, key),
    }


def _around(cut: list[Span], key: Span) -> Span:
    """From the sentence before the key to the last sentence it overlaps."""
    mine = [i for i, s in enumerate(cut) if s[0] < key[1] and s[1] > key[0]] or [0]
    return cut[max(0, mine[0] - 1)][0], cut[mine[-1]][1]


def clipped(spans: list[Span], region: Span, shift: int = 0) -> set[Span]:
    """The spans overlapping ``region`` (after moving them by ``shift``), cut to it."""
    moved = [(s + shift, e + shift) for s, e in spans]
    return {
        (max(s, region[0]), min(e, region[1])) for s, e in moved if s < region[1] and e > region[0]
    }


def cause(whole: Reading, key: Span, region: Span, small: Reading, right: Verdict) -> str:
    """Why the whole article reads a key otherwise than ``region`` alone does."""
    shift = region[0] - len(PREFIX)
    if framing(whole, key):
        return "read as the headline or a subhead"
    if clipped(whole.cut.quotes, region) != clipped(small.cut.quotes, region, shift):
        return "quotations paired otherwise"
    if clipped(whole.cut.sentences, region) != clipped(small.cut.sentences, region, shift):
        return "sentences cut otherwise"
    found = whole.analysis.attributions
    near = [a for a in found if a.content[0] < key[1] and a.content[1] > key[0]]
    out = [a for a in near if a.content[0] < region[0] or a.content[1] > region[1]]
    if any(_JOINED.search(whole.article.text, *a.content) for a in out):
        return "joined to the next quotation across a cue or a sentence"
    if out:
        return "a finding reaching out of the passage"
    if not near:
        return "missed: what came before changes the rules"
    source = right.found.source if right.found else None
    moved = source and (source[0] + shift, source[1] + shift)
    if all(a.source != moved for a in near):
        return "source read otherwise"
    return "same source, resolved otherwise"


_JOINED = re.compile(r"[»”\"][^«»“”\"]*?[.!?…][^«»“”\"]*[«“\"]")  # « A », dit-il. « B »


def framing(whole: Reading, key: Span) -> bool:
    """Whether the key's paragraph is the headline or a subhead in the whole article (where
    only what it says someone said is kept: not a fault of context, a choice)."""
    text, paras = whole.article.text, whole.cut.paras
    index = next((i for i, p in enumerate(paras) if p[0] <= key[0] < p[1]), 0)
    return is_framing(text, paras[index], index, whole.headline)


@dataclass(frozen=True)
class Reading:
    """One text as the drafter read it."""

    article: Article
    analysis: Analysis
    cut: Cutting
    headline: str | None


def read(article: Article, headline: str | None) -> Reading:
    return Reading(
        article,
        analyze(article.text, article.language, headline=headline),
        cutting(article.text, article.language),
        headline,
    )


@dataclass(frozen=True)
class Fault:
    """A key right in a smaller context, wrong in the whole article."""

    article: str
    aspect: str  # content | speaker
    context: str  # paragraph | sentence
    cause: str
    line: str


def faults(article: Article) -> list[Fault]:
    """The article's context faults, each in the largest context that gets it right."""
    headline = article.text.partition("\n")[0].strip() if has_headline(article.text) else None
    whole = read(article, headline)
    result = []
    for j, verdict in verdicts(article, whole.analysis).items():
        if verdict.content and verdict.speaker:
            continue
        fault = first_fault(whole, j, verdict)
        if fault is not None:
            result.append(fault)
    return result


def first_fault(whole: Reading, j: int, verdict: Verdict) -> Fault | None:
    article = whole.article
    key = article.attributions[j]
    for name, region in contexts(whole.cut, key.content).items():
        small, back = passage(article, region)
        reading = read(small, PREFIX.strip())
        mine = verdicts(small, reading.analysis)[next(m for m, w in back.items() if w == j)]
        content = mine.content and not verdict.content
        speaker = verdict.content and mine.content and mine.speaker and not verdict.speaker
        if content or speaker:
            why = cause(whole, key.content, region, reading, mine)
            line = describe(article, key.content, verdict, mine, key.speaker)
            return Fault(article.name, "content" if content else "speaker", name, why, line)
    return None


def describe(article: Article, key: Span, whole: Verdict, small: Verdict, speaker: str) -> str:
    text = article.text
    got = whole.found
    shown = "missed" if got is None else f"{got.speaker!r} | {text[slice(*got.content)][:90]!r}"
    alone = small.found.speaker if small.found else None
    return f"{text[slice(*key)][:70]!r} ({speaker!r})\n      whole: {shown}\n      alone: {alone!r}"


def report(articles: list[Article], quiet: bool) -> None:
    counts: Counter[tuple[str, str]] = Counter()
    contexts_seen: Counter[str] = Counter()
    for article in articles:
        for fault in faults(article):
            counts[(fault.aspect, fault.cause)] += 1
            contexts_seen[fault.context] += 1
            if not quiet:
                print(f"{fault.aspect} [{fault.cause}] ({fault.context}) {fault.article}:")
                print(f"    {fault.line}")
    print(f"context faults: {sum(counts.values())} ({dict(contexts_seen)})")
    for (aspect, why), n in counts.most_common():
        print(f"  {aspect:8} {why}: {n}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="fr")
    parser.add_argument("--split", default="heldout")
    parser.add_argument("--article", default="", help="only articles whose name holds this")
    parser.add_argument("-q", "--quiet", action="store_true", help="counts only")
    args = parser.parse_args()
    chosen = [
        a
        for a in corpus()
        if a.language == args.language and args.split in ("all", a.split) and args.article in a.name
    ]
    report(chosen, args.quiet)


if __name__ == "__main__":
    main()
