"""One reading of each keyed article for the learned fallback's trainer
(benchmarks/train_said_sentences.py): every sentence's features, what the fallback would
propose where the rules leave a sentence empty, whether a key lies in the sentence, and where
each key the rules miss lies (the candidate set's reach)."""

from __future__ import annotations

import re
import zlib
from collections import Counter
from copy import deepcopy
from dataclasses import dataclass, field, replace

import draft_eval
import said_sentences
from bench_draft import headline_of
from draft_eval import CORPUS, Article, Tally, corpus, coverage
from said_sentences import fallback_in_analysis, sentence_features

from quizapp.draft import analyze
from quizapp.draft.findings import Attribution, Span
from quizapp.draft.pipeline import reader as reader_module


@dataclass
class Sentence:
    features: list[str]
    span: Span
    empty: bool = False  # the rules left it empty (the hook was called)
    candidate: Attribution | None = None  # what the fallback would propose (rule-empty only)
    said: bool = False  # the sentence holds >= 30 % of a key attribution
    missed: bool = False  # the proposal would match a key attribution the rules missed


@dataclass
class Read:
    article: Article
    rules: tuple[Attribution, ...]
    analysis: object
    sentences: dict[Span, Sentence]
    tag: str = "rest"  # "stand-in", "blind" (the blind annotators') or "rest"
    fold: int = 0
    misses: Counter = field(default_factory=Counter)  # where the rules' misses lie


def read(article: Article) -> Read:
    """The rules' analysis of an article, every sentence's features and each candidate (the
    analysis is the rules' own: the hook records a proposal and returns none)."""
    seen: dict[Span, Sentence] = {}
    original_view = reader_module.sentence_view

    def viewing(text, sentence, quotes, lex, previous=None):
        view = original_view(text, sentence, quotes, lex, previous)
        seen.setdefault(sentence, Sentence(sentence_features(view), sentence))
        return view

    def proposing(view, registry):  # on a copy: resolving notes the speaker in the registry
        found = said_sentences.candidate(view, deepcopy(registry, {id(view.lex): view.lex}), 0.5)
        entry = seen.setdefault(view.span, Sentence(sentence_features(view), view.span))
        entry.features, entry.empty = sentence_features(view), True
        entry.candidate = found[0] if found else None
        return []

    reader_module.sentence_view = viewing
    try:
        with fallback_in_analysis(proposing):
            result = analyze(article.text, article.language, headline=headline_of(article.text))
    finally:
        reader_module.sentence_view = original_view
    item = Read(article, result.attributions, result, seen)
    _label(item)
    return item


def _label(item: Read) -> None:
    """Each sentence's labels, and where each key the rules miss lies."""
    keys = [k.content for k in item.article.attributions]
    matched = {j for _, j in draft_eval.match_attributions(item.analysis, item.article, 0.3)}
    for entry in item.sentences.values():
        entry.said = any(coverage(entry.span, k) >= 0.3 for k in keys)
        if entry.candidate is not None:
            content = entry.candidate.content
            entry.missed = any(
                coverage(content, k) >= 0.3 for j, k in enumerate(keys) if j not in matched
            )
    for j, key in enumerate(keys):
        if j not in matched:
            item.misses[_where(item, key)] += 1


def _where(item: Read, key: Span) -> str:
    """Where a missed key lies: in a sentence the rules left empty (the proposal covering it
    or not, or none made), beside a finding of the rules, or in no body sentence."""
    inside = [e for e in item.sentences.values() if e.span[0] <= key[0] < e.span[1]]
    if not inside:
        return "no body sentence"
    entry = inside[0]
    if entry.candidate is not None:
        near = coverage(entry.candidate.content, key) >= 0.3
        return "empty, proposal covers it" if near else "empty, proposal elsewhere"
    if entry.empty:
        return "empty, nothing proposed"
    found = any(a.content[0] < entry.span[1] and a.content[1] > entry.span[0] for a in item.rules)
    return "beside a finding" if found else "empty, held by a rule"


def read_corpus(language: str, stand_in: str, blind: str, folds: int) -> list[Read]:
    """Every keyed article of ``language``, read, tagged and given its fold (by its name)."""
    reads = []
    for article in (a for a in corpus() if a.language == language):
        item = read(article)
        item.tag = "stand-in" if _tagged(article, stand_in) else "rest"
        item.tag = "blind" if item.tag == "rest" and _tagged(article, blind) else item.tag
        item.fold = zlib.crc32(article.name.encode()) % folds
        reads.append(item)
    return reads


def _tagged(article: Article, pattern: str) -> bool:
    """The pattern in the article's name or its key's opening (as quick_score's --only)."""
    head = (CORPUS / f"{article.name}.json").read_text(encoding="utf-8")[:2000]
    return bool(re.search(pattern, article.name) or re.search(pattern, head))


def tally(reads: list[Read], chances: dict[int, dict], threshold: float | None) -> Tally:
    """The figures with the candidates at or above ``threshold`` added (None: rules alone)."""
    total = Tally()
    for item in reads:
        extra = [
            e.candidate
            for span, e in item.sentences.items()
            if e.candidate is not None
            and threshold is not None
            and chances[id(item)][span] >= threshold
        ]
        found = sorted(item.rules + tuple(extra), key=lambda a: a.content[0])
        total.add(draft_eval.score(item.article, replace(item.analysis, attributions=found), 0.3))
    return total
