"""The learned fallback measured in the seventh drafting round (a negative result: not part of
the app; see docs/drafting.md, "A learned fallback, measured" and "Forty-fifth round:
learned45").

A sentence the rules leave without an attribution is scored by a logistic regression for
"this sentence reports what someone says or thinks"; above the language's threshold an
attribution is proposed: the clause that is said (inside the quotation marks; else after the
cue, or before a cue that closes the sentence; else the sentence), the speaker through the
analysis's own resolution (the cue's subject, else what the registry makes of a source with no
words: the sentence's subject or the last speaker), a confidence below 0.7 (to check).

``fallback_in_analysis`` hooks it into ``quizapp.draft.analyze`` from outside, where the rules
leave a body sentence empty (no quotation waiting for its speaker, no earlier quotation told
here), so the app's code stays as it is. Features: lower-cased words and their endings outside
quotations, quotation marks, a colon, cues, where the first capitalised name stands, length,
and indicator words from the lexicon's lists.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from quizapp.draft.clause.subjects.around_cue import source_before
from quizapp.draft.findings import Attribution, Span
from quizapp.draft.pipeline import reader as reader_module
from quizapp.draft.pipeline.body_rules import BodyRules
from quizapp.draft.pipeline.resolve import Registry
from quizapp.draft.pipeline.resolved_drafts import resolved
from quizapp.draft.shapes.detect.view import Draft, SentenceView, strip_span
from quizapp.draft.words.lexicon import Lexicon, fold

MAX_CONFIDENCE = 0.65  # below 0.7: the review marks the proposal "to check"
Hook = Callable[[SentenceView, Registry], list[Attribution]]


@dataclass(frozen=True)
class SentenceModel:
    """One language's weights (feature name -> weight) and the probability to propose at."""

    weights: dict[str, float]
    threshold: float

    def probability(self, features: list[str]) -> float:
        score = sum(self.weights.get(name, 0.0) for name in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


MODELS: dict[str, SentenceModel] = {}  # the models ``proposed`` uses, by language


@contextmanager
def fallback_in_analysis(hook: Hook) -> Iterator[None]:
    """``analyze`` calls ``hook`` on each body sentence the rules leave empty, and keeps what
    it returns as the sentence's attributions. The body rules are a mixin of the reader
    (``pipeline/body_rules.BodyRules``): the hook shadows the mixin's method on
    ``ArticleReader`` and removes its own afterwards, so the app's classes are left as they were."""
    reader = reader_module.ArticleReader
    original = BodyRules._with_body_rules

    def with_fallback(self, view, para, new, para_found, build):
        new, waiting = original(self, view, para, new, para_found, build)
        if not new and waiting is None and not _told_here(view, para_found):
            new = hook(view, self.registry)
        return new, waiting

    reader._with_body_rules = with_fallback
    try:
        yield
    finally:
        del reader._with_body_rules


def _told_here(view: SentenceView, earlier: list[Attribution]) -> bool:
    """An earlier quotation's cue or source stands in this sentence (it is not left empty)."""
    spans = [s for a in earlier for s in (a.cue, a.source, a.content) if s is not None]
    return any(s[0] < view.span[1] and s[1] > view.span[0] for s in spans)


def proposed(view: SentenceView, registry: Registry) -> list[Attribution]:
    """The fallback's attribution for a sentence the rules left empty ([] below threshold,
    or no model given for the language)."""
    found = MODELS.get(view.lex.language)
    if found is None:
        return []
    chance = found.probability(sentence_features(view))
    if chance < found.threshold:
        return []
    return candidate(view, registry, chance)


def candidate(view: SentenceView, registry: Registry, chance: float) -> list[Attribution]:
    """What the fallback proposes for the sentence at probability ``chance``."""
    content, cue, kind = said_clause(view)
    if content[1] - content[0] < 2:
        return []
    verbs = [c for c in view.cues if c.kind == "verb"]
    early = cue is not None and content[0] >= cue[1]  # the subject stands before the cue
    source = source_before(view, verbs[0]) if verbs and early else None
    confidence = round(min(MAX_CONFIDENCE, 0.3 + 0.35 * chance), 2)
    draft = Draft(content, cue, source, kind, None, confidence, "")
    found = resolved(view, draft, registry)
    return [] if found is None else [found]


def said_clause(view: SentenceView) -> tuple[Span, Span | None, str]:
    """The clause that is said, the cue it was found by, and the kind (direct: quoted)."""
    text, (start, end) = view.text, view.span
    if view.quotes:
        first, last = view.quotes[0], view.quotes[-1]
        return strip_span(text, (first[0] + 1, last[1] - 1)), None, "direct"
    verbs = [c for c in view.cues if c.kind == "verb"]
    if verbs:
        cue = verbs[0]
        if cue.first <= len(view.tokens) // 2:  # "X estime que …": what follows the cue
            after = re.match(r"(?i)[\s,:]*(?:que\s+|qu['’]|that\s+)?", text[cue.span[1] : end])
            return strip_span(text, (cue.span[1] + after.end(), end)), cue.span, "indirect"
        return strip_span(text, (start, cue.span[0])), cue.span, "indirect"  # "…, juge X"
    return strip_span(text, (start, end)), None, "indirect"


# ----- features -----
# lexicon lists whose words say "someone" or "speech" when they occur in a sentence
INDICATOR_LISTS = (
    "anonymity_markers",
    "anonymous_heads",
    "vague_heads",
    "speech_nouns",
    "hedge_words",
    "modal_verbs",
    "person_descriptions",
    "unnamed_person_nouns",
    "named_institutions",
    "outlets",
    "pronouns",
    "titles",
    "demonstrative_sources",
    "organisation_anaphors",
)


def sentence_features(view: SentenceView) -> list[str]:
    """The names of the features present in the sentence (each counts once)."""
    lex = view.lex
    outside = [fold(t.text) for t, out in zip(view.tokens, view.outside, strict=True) if out]
    found = {"bias"}
    found.update(_word_features(outside))
    found.update(_lexicon_features(outside, lex))
    found.update(_shape_features(view))
    return sorted(found)


def _word_features(words: list[str]) -> set[str]:
    found: set[str] = set()
    for word in words:
        if not word[:1].isalpha():
            continue
        found.add("w:" + word)
        if len(word) >= 5:
            found.update(("s3:" + word[-3:], "s4:" + word[-4:]))
    return found


def _lexicon_features(words: list[str], lex: Lexicon) -> set[str]:
    found = set()
    for name in INDICATOR_LISTS:
        listed = lex.word_set(name) if name in lex.raw else frozenset()
        if any(w in listed for w in words):
            found.add("lex:" + name)
    if any(w in lex.finite or w in lex.participles for w in words):
        found.add("lex:reporting_form")
    return found


def _shape_features(view: SentenceView) -> set[str]:
    """Quotation marks, colon, cues, the first capitalised name's place, length, context."""
    text = view.text[view.span[0] : view.span[1]]
    words = len(view.tokens)
    found = {f"len:{min(words // 10, 4)}"}
    if view.quotes:
        quoted = sum(1 for out in view.outside if not out)
        found.add("quote")
        found.add("quote:long" if quoted >= 6 else "quote:short")
        found.add("quote:opens" if text.lstrip()[:1] in '«“"' else "quote:inside")
    outside_text = [t.text for t, out in zip(view.tokens, view.outside, strict=True) if out]
    if ":" in outside_text:
        found.add("colon")
    for cue in view.cues:
        found.add("cue:" + cue.kind)
        found.add("cue:" + ("early" if cue.first <= words // 2 else "late"))
    found.update(_name_place(view))
    if view.previous is not None:
        found.add("previous:unattributed")
    return found


def _name_place(view: SentenceView) -> set[str]:
    """Where the first capitalised word outside quotations stands (not the sentence's first)."""
    for index, (token, out) in enumerate(zip(view.tokens, view.outside, strict=True)):
        if index and out and token.text[:1].isupper():
            return {"name:" + ("early" if index <= 3 else "middle" if index <= 10 else "late")}
    return {"name:none"}
