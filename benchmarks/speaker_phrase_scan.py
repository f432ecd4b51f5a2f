"""Findings whose speaker phrase does not look like a noun phrase that can speak, over the
whole corpus, keyed or not, counted by shape and by annotator batch.

Wrong speakers of unseen French articles (nineteenth round) were often plain bugs of how a
subject was cut: « Une fermeture à laquelle » (an object relative), « le également porté
plainte et » (a verb phrase), « un autre cas similaire » (the subject of a passive), « la carte
scolaire dévoilée » (a document published by someone), « PS » (a party in brackets after a
name). A key says which speakers are wrong only where someone keyed the text; the shapes
below say it on any text, so the next round can find this kind of bug on articles nobody keyed
(speakers20). For each finding with a speaker the scan reads its mention as written, and
counts each shape with what the key makes of the finding: right, wrong, unkeyed (no key
matches it at 30 %) or nokey (the article has no key). A diagnostic, not a score.

    python benchmarks/speaker_phrase_scan.py [--language fr] [--shape SHAPE] [--status S]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_draft import headline_of
from draft_eval import CORPUS, load_article, match_attributions, same_speaker
from speaker_phrase_cuts import CUT_SHAPES, cut_shapes

from quizapp.draft import analyze
from quizapp.draft.clause.noun_phrases.noun_phrase import holds_finite_verb, noun_phrase_openers
from quizapp.draft.findings import Analysis, Attribution
from quizapp.draft.text.segment import Span, tokens
from quizapp.draft.words.lexicon import Lexicon, fold, load, relative_words

DATA = CORPUS.parent
_BATCH = re.compile(r"\b(blind\w+|drafteval|drafter2)\b")
_DOCUMENT_LISTS = (
    "according_relative_heads",
    "figures_nouns",
    "channel_nouns",
    "introduced_documents",
    "possessed_documents",
    "authored_documents",
)
SHAPES = (
    "verb",
    "relative",
    "dangling",
    "lowercase",
    "document",
    "participle",
    "passive",
    "bracket",
    *CUT_SHAPES,
)


@dataclass(frozen=True)
class Row:
    """One finding whose speaker phrase has at least one shape."""

    article: str
    batch: str
    status: str
    shapes: tuple[str, ...]
    phrase: str
    speaker: str
    key_speaker: str


def _words(phrase: str, lex: Lexicon) -> list[str]:
    """The folded words of a phrase, its marks left out."""
    return [
        fold(t.text) for t in tokens(phrase, (0, len(phrase)), lex.language) if t.text[:1].isalnum()
    ]


def _documents(lex: Lexicon) -> frozenset[str]:
    """The nouns of a document or a set of figures the lexicon already lists."""
    return frozenset(w for key in _DOCUMENT_LISTS for w in lex.word_set(key))


def phrase_shapes(text: str, attribution: Attribution, lex: Lexicon) -> tuple[str, ...]:
    """The shapes of an attribution's speaker mention that no speaking noun phrase has."""
    span = attribution.speaker_mention or attribution.source
    if span is None:
        return ()
    phrase, words = text[span[0] : span[1]], _words(text[span[0] : span[1]], lex)
    if not words:
        return ()
    shapes = [name for name, test in _TESTS if test(phrase, words, lex)]
    if _bracketed(text, span):
        shapes.append("bracket")
    if _passive_subject(text, span, attribution.cue, lex):
        shapes.append("passive")
    return tuple(shapes + cut_shapes(text, attribution, words, lex))


def _verb(phrase: str, words: list[str], lex: Lexicon) -> bool:
    """A finite verb of the phrase's own (« le également porté plainte et » holds none the
    lexicon knows, « ce dernier a refusé » does)."""
    return holds_finite_verb(phrase, (0, len(phrase)), lex)


def _relative(phrase: str, words: list[str], lex: Lexicon) -> bool:
    """A relative pronoun closing the phrase (« Une fermeture à laquelle »): the clause's
    subject comes after its verb."""
    return words[-1] in relative_words(lex)


def _dangling(phrase: str, words: list[str], lex: Lexicon) -> bool:
    """A last word that leads on to more: a conjunction, a preposition or a determiner."""
    leads = lex.word_set("non_noun_openers") | lex.word_set("determiners")
    return words[-1] in leads | lex.word_set("partitive_markers") and len(words) > 1


def _lowercase(phrase: str, words: list[str], lex: Lexicon) -> bool:
    """A first word in lower case that opens no noun phrase (« judiciaire », « arguant »)."""
    first = phrase.lstrip(" «»\"“”'’(")
    return first[:1].islower() and words[0] not in noun_phrase_openers(lex)


def _document(phrase: str, words: list[str], lex: Lexicon) -> bool:
    """A document or figures as the head (« La recommandation publiée », « l'étude ») with no
    issuer after « de / du / par » (« le rapport de la Cour » names one)."""
    head = next((i for i, w in enumerate(words) if w not in noun_phrase_openers(lex)), None)
    if head is None or words[head] not in _documents(lex):
        return False
    return not any(w in ("de", "d'", "du", "des", "par") for w in words[head + 1 :])


def _participle(phrase: str, words: list[str], lex: Lexicon) -> bool:
    """A noun and a past participle after it with nobody named after « par » (« la carte
    scolaire dévoilée », « La recommandation publiée ce vendredi »): a thing someone made."""
    opens = words[0] in lex.word_set("determiners")
    participles = [w for w in words[2:4] if len(w) > 5 and w.endswith(("é", "ée", "és", "ées"))]
    return opens and bool(participles) and "par" not in words


def _bracketed(text: str, span: Span) -> bool:
    """A mention inside brackets (« Willy Demeyer (PS) »): a party or an acronym written
    after a name, never the one who speaks."""
    before, after = text[: span[0]].rstrip(), text[span[1] :].lstrip()
    return before.endswith("(") and after.startswith(")")


def _passive_subject(text: str, span: Span, cue: Span | None, lex: Lexicon) -> bool:
    """A mention before a passive cue with its agent (« un cas a été signalé par
    l'association »): the agent speaks, not the subject."""
    if cue is None or cue[0] < span[1]:
        return False
    return _PASSIVE.search(text[span[1] : cue[0]]) is not None


_PASSIVE = re.compile(r"\b(?:été|est|sont|fut|était)\s+\w+\s+par\b")


_TESTS = (
    ("verb", _verb),
    ("relative", _relative),
    ("dangling", _dangling),
    ("lowercase", _lowercase),
    ("document", _document),
    ("participle", _participle),
)


def _articles(language: str) -> Iterator[tuple[str, str, str, Path | None]]:
    """(name, batch, text, key path) for every article of the corpus and every unkeyed
    article text under tests/data (named « fr-… » or « en-… »)."""
    for path in sorted(DATA.rglob(f"{language}-*.txt")):
        key = path.with_suffix(".json")
        if path.parent.name == "draft_second":
            continue  # second keys of texts the corpus holds
        raw = json.loads(key.read_text(encoding="utf-8")) if key.exists() else {}
        batch = (_BATCH.search(raw.get("annotated", "")) or [None, "early"])[1]
        yield (
            path.stem,
            batch if raw else "unkeyed",
            path.read_text(encoding="utf-8"),
            key if raw else None,
        )


def _statuses(analysis: Analysis, key: Path | None) -> dict[int, tuple[str, str]]:
    """Each finding's status against the key and the key's speaker."""
    if key is None:
        return {i: ("nokey", "") for i in range(len(analysis.attributions))}
    article = load_article(key)
    statuses = {i: ("unkeyed", "") for i in range(len(analysis.attributions))}
    for i, j in match_attributions(analysis, article, 0.3):
        wanted = article.attributions[j].speaker
        right = same_speaker(analysis.attributions[i].speaker, wanted)
        statuses[i] = ("right" if right else "wrong", wanted)
    return statuses


def scan(language: str = "fr") -> Iterator[Row]:
    """Every finding of the corpus whose speaker phrase has a shape of ``SHAPES``."""
    lex = load(language)
    for name, batch, text, key in _articles(language):
        analysis = analyze(text, language, headline=headline_of(text))
        statuses = _statuses(analysis, key)
        for index, found in enumerate(analysis.attributions):
            shapes = phrase_shapes(text, found, lex)
            if shapes:
                span = found.speaker_mention or found.source or (0, 0)
                status, wanted = statuses[index]
                phrase = text[span[0] : span[1]]
                yield Row(name, batch, status, shapes, phrase, found.speaker, wanted)


def main() -> None:
    """Count each shape by status over the corpus (the wrong ones by batch, to tell a shape
    that recurs from one batch's accident) and list the findings of ``--shape``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--language", default="fr")
    parser.add_argument("--shape", help="list the findings of this shape")
    parser.add_argument("--status", help="only findings of this status (wrong, right, …)")
    args = parser.parse_args()
    counts: dict[str, Counter] = defaultdict(Counter)
    batches: dict[str, set[str]] = defaultdict(set)
    for row in scan(args.language):
        for shape in row.shapes:
            counts[shape][row.status] += 1
            if row.status == "wrong":
                batches[shape].add(row.batch)
        listed = args.shape in row.shapes or args.shape == "all"
        if listed and (args.status is None or row.status == args.status):
            print(
                f"{row.status:7} {row.article} [{row.batch}] {','.join(row.shapes)}: "
                f"{row.phrase!r} -> {row.speaker!r} (key {row.key_speaker!r})"
            )
    for shape in SHAPES:
        c = counts[shape]
        print(
            f"{shape:11} wrong {c['wrong']:4} right {c['right']:4} unkeyed {c['unkeyed']:4} "
            f"nokey {c['nokey']:3}  wrong in {len(batches[shape])} batches"
        )


if __name__ == "__main__":
    main()
