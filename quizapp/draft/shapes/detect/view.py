"""One sentence as the attribution shapes see it, the draft they make, and the span helpers
they share (quotation insides, trimming); where reported content ends is ``content_bounds``."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from quizapp.draft.reporting.cues import Cue
from quizapp.draft.text.segment import Span, Token, words_in
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once, fold

CLOSING_MARK_AT_END = re.compile(r"[»”\"]\s*$")  # a quotation closing what comes before
MARKS_ONLY = re.compile(r"[\s.,;(…)\[\]]*")  # nothing but stops and spaces after a quotation


@dataclass(frozen=True)
class Draft:
    """An attribution before its source is resolved."""

    content: Span
    cue: Span | None
    source: Span | None
    kind: str
    pronoun: str | None
    confidence: float
    relay_text: str


@dataclass
class SentenceView:
    """One sentence with its tokens, quotations and cues."""

    text: str
    span: Span
    tokens: list[Token]
    outside: list[bool]
    quotes: list[Span]
    cues: list[Cue]
    lex: Lexicon
    previous: Span | None = None  # the sentence before, when nothing was attributed in it
    # what a reader worked out once for this sentence, by the reader's key (hostile56: a
    # sentence of many « selon » asked each one's source phrase once per later one)
    memo: dict[object, object] = field(default_factory=dict, repr=False, compare=False)

    @cached_property
    def folded_tokens(self) -> list[str]:
        """The tokens' words folded (``fold``), one a token: a dozen shapes read the same
        sentence's words and each folded them again (tidy56). Built once a view; callers read
        it and never change it (``tokens`` is not reassigned after the reader builds it)."""
        return [fold(t.text) for t in self.tokens]

    def token_indexes(self, key: str, test: Callable[[Token, bool], bool]) -> list[int]:
        """The indexes of the tokens that pass ``test`` (given each token and whether it
        stands outside a quotation), found once per view under ``key`` (a view ``replace``
        made shares them): a reader walking back from each cue of a long sentence visits only
        these, not every word (speed59). Callers read the list and never change it."""
        kept = self.memo.get(key)
        if not isinstance(kept, tuple) or kept[0] is not self.tokens:
            pairs = enumerate(zip(self.tokens, self.outside, strict=True))
            kept = self.memo[key] = (self.tokens, [i for i, (t, o) in pairs if test(t, o)])
        return kept[1]

    def tokens_within(self, start: int, end: int) -> list[Token]:
        """The sentence's tokens lying wholly between ``start`` and ``end``: a clause's words
        up to a colon, read by the colon and clause-subject rules."""
        return [t for t in self.tokens if start <= t.start and t.end <= end]

    def opened_quotes(self) -> list[Span]:
        """The quotations that open in this sentence: ``quotes`` also holds one opened in a
        sentence before and running into this one, which a colon here does not introduce."""
        return [q for q in self.quotes if q[0] >= self.span[0]]

    def substantive_quotes(self) -> list[Span]:
        """The quotations that hold what was said, not a quoted term. Worked out once per
        sentence: each cue asks, and each quotation's test reads the whole sentence
        (``_alone``), so a sentence of many quotations and cues cost their product times its
        length (hostile56)."""
        if "substantive" not in self.memo:
            self.memo["substantive"] = [
                q
                for q in self.quotes
                if words_in(self.text, q) >= 4 or self._alone(q) or self._answer_before_cue(q)
            ]
        return list(self.memo["substantive"])  # type: ignore[call-overload]

    def _answer_before_cue(self, quote: Span) -> bool:
        """ "«Non», a répondu le maire." — a short quotation that opens the sentence and is
        followed at once by a comma and a cue is what was said, not a quoted name; so is one
        ending on its own mark before the closing one, spaced or not, a comma after the closing
        one or not (« Pourquoi ? » demande X, « C'est répugnant! », a ajouté X), one followed
        with no comma by a verb whose subject is a clitic inverted after it (« « Il faut
        évoluer » ajoute-t-il, … »: no name is the subject of such a verb, quotes56), and one
        after a lone determiner (« Un « tort », a abondé X. »: the noun phrase is the answer)."""
        before = fold(self.text[self.span[0] : quote[0]].strip(" \t–—-"))
        if before and before not in self.lex.word_set("determiners"):
            return False
        last = self.text[quote[0] : quote[1] - 1].rstrip()[-1:]  # “No,” he said. « Non ? »
        inside = last in {",", "?", "!"}
        gap = r"[\s–—-]*,?[\s–—-]*" if inside else r"[\s,–—-]*,[\s–—-]*"
        if inside and self.lex.language == "en":  # “No comment,” the spokesman said.
            gap += r"(?:[\w.'’-]+\s+){0,3}"
        return any(
            re.fullmatch(r"[\s–—-]*,?[\s–—-]*" if self._said_by_clitic(c) else gap, between)
            for c in self.cues
            if c.span[0] >= quote[1] and not c.participle
            for between in [self.text[quote[1] : c.span[0]]]
        )

    def _said_by_clitic(self, cue: Cue) -> bool:
        """A speech verb inverted on its clitic in a sentence that is no question (« « Il faut
        évoluer » ajoute-t-il »): « « Les Misérables » reste-t-il un classique ? » asks about
        a title, and « reste » says nothing (mend56c)."""
        return (
            cue.pronoun is not None
            and self.speech_verb(cue)
            and not self.text[self.span[0] : self.span[1]].rstrip().endswith("?")
        )

    def speech_verb(self, cue: Cue) -> bool:
        """The cue holds a reporting verb of the lexicon (« répète-t-il », « a annoncé »), not
        a verb read as one only for its place after a quotation (« reste-t-il »)."""
        words = _CUE_WORDS.findall(self.text[cue.span[0] : cue.span[1]])
        return any(fold(w) in _said_forms(self.lex) for w in words)

    def _alone(self, quote: Span) -> bool:
        rest = self.text[self.span[0] : quote[0]] + self.text[quote[1] : self.span[1]]
        return words_in(rest, (0, len(rest))) <= 6 and words_in(self.text, quote) >= 2


@built_once
def _said_forms(lex: Lexicon) -> frozenset[str]:
    """Every form of the lexicon's reporting verbs, simple, compound or reflexive."""
    return lex.finite | lex.participles | lex.reflexive_finite | lex.reflexive_participles


_CUE_WORDS = re.compile(r"[\w'’]+(?:-t-\w+|-\w+)?")
EN_FINITE = re.compile(
    r"\b(?:is|was|were|are|has|had|have|will|would|could|can|did|does|do|may|might|should|must|"
    r"isn't|wasn't|weren't|aren't|hasn't|haven't|hadn't|won't|wouldn't|can't|didn't|doesn't|don't)\b"
)


def relay_window(view: SentenceView, cue: Cue) -> str:
    """Where a relay ("à Politico", "told CNN", "au quotidien") would be written: around the
    cue, and a setting that opens the sentence on a relay marker (« Auprès de X, », « Au
    micro de X, ») however long the subject between it and the cue."""
    start = max(view.span[0], cue.span[0] - 60)
    window = view.text[start : min(view.span[1], cue.span[1] + 40)]
    comma = view.text.find(",", view.span[0], start)
    opening = view.text[view.span[0] : comma] if comma > 0 else ""
    if opening and _relay_opening(view.lex).match(opening):
        window = opening + " … " + window
    return window


@built_once
def _relay_opening(lex: Lexicon) -> re.Pattern[str]:
    markers = alternation(lex.words("relay_markers"))
    return re.compile(rf"(?i)(?:{markers})\s")


def has_quote(view: SentenceView, content: Span) -> bool:
    return any(content[0] <= q[0] and q[1] <= content[1] + 1 for q in view.quotes)


def inner(text: str, quote: Span) -> Span:
    start, end = quote
    if text[start] in '«“„"‹':
        start += 1
    if end > start and text[end - 1] in '»”"›“«':  # « … « : a closer typed as an opener
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def words_before(view: SentenceView, cue: Cue, count: int) -> list[str]:
    """The ``count`` folded words right before the cue: what an object relative or a cleft
    writes between its pronoun and the verb (« ce que lui a confié X », « qui nous le dit »)."""
    return view.folded_tokens[max(0, cue.first - count) : cue.first]


def reflexive(word: str, lex: Lexicon) -> bool:
    """« se répercute », « s'explique », « , s'est… »: a folded word that is a reflexive
    pronoun, alone or elided onto its verb, so a verb follows; not « s'il », « s'ils » (the
    conjunction « si »)."""
    elided = word.startswith("s'") and word not in {"s'il", "s'ils"}
    return elided or word in lex.word_set("reflexive_pronouns")


def strip_span(text: str, span: Span, leading: str = ",;:–—-", trailing: str = ",;:.–—-") -> Span:
    """``span`` without the spaces and the marks of ``leading`` it opens on and of
    ``trailing`` it ends on: by default the punctuation around a finding's content; the
    outlet's own clauses (``claims``) name their own marks, quotation marks among them."""
    start, end = span
    while start < end and (text[start].isspace() or text[start] in leading):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in trailing):
        end -= 1
    return start, end


def overlap(a: Span, b: Span) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def covers(content: Span, quote: Span) -> bool:
    return content[0] - 1 <= quote[0] and quote[1] <= content[1] + 1
