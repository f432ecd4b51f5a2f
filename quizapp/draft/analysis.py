"""The drafter's analysis of an article: attributions, unattributed claims and speakers.

``analyze`` reads the text once, sentence by sentence and in order, so that a pronoun or
"cette source" is resolved against what came before it. Rules and lexicons only: no model.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial

from quizapp.draft.claims import claims_of_sentence
from quizapp.draft.findings import Analysis, Attribution, Claim, Span, Speaker
from quizapp.draft.pipeline.attributions import Draft, SentenceView
from quizapp.draft.pipeline.resolve import Registry
from quizapp.draft.pipeline.resolved_drafts import resolved, sentence_attributions
from quizapp.draft.pipeline.whole_article import across_the_article
from quizapp.draft.reporting.cues import find_cues
from quizapp.draft.shapes.colons.colon_person import named_in_lead
from quizapp.draft.speakers.entity import each_once
from quizapp.draft.speakers.speaker_checks.plausible import speaking_speakers
from quizapp.draft.text.quotation_marks import quotations
from quizapp.draft.text.segment import Overlaps, Stops, paragraphs, sentences, tokens
from quizapp.draft.text.sentence.incise import split_incises
from quizapp.draft.text.sentence.single_quotes import as_double_quotes, as_french_double_quotes
from quizapp.draft.uncued.going_on.conditional import conditional_continuation
from quizapp.draft.uncued.going_on.continued_that import continued_that
from quizapp.draft.uncued.going_on.introduced import introduced_paragraph
from quizapp.draft.uncued.going_on.partial import quoted_in_narration
from quizapp.draft.uncued.going_on.quoted_on import closing_only_paragraph, quotation_after_colon
from quizapp.draft.uncued.rules.colon_quotes import (
    colon_quote,
    opening_quote_then_colon,
    opening_quote_then_dash,
)
from quizapp.draft.uncued.rules.dateline import after_dateline, dateline_end, past_dateline
from quizapp.draft.uncued.rules.headlines import (
    headline_quote,
    headline_source,
    is_framing,
    named_or_spelled,
    said_in_framing,
    title_case,
    unwritten_opening,
)
from quizapp.draft.uncued.rules.lone_quotes.alone import (
    narration_after,
    standalone_quote,
    told_next,
)
from quizapp.draft.uncued.rules.lone_quotes.continuation import quote_before_its_speaker
from quizapp.draft.uncued.rules.lone_quotes.framed import framed_quotes
from quizapp.draft.uncued.rules.lone_quotes.named_next import named_after
from quizapp.draft.uncued.rules.lone_quotes.narrated_long import joined, set_aside
from quizapp.draft.uncued.rules.lone_quotes.unheard import released, unclaimed_quotes, unheard_quote
from quizapp.draft.uncued.rules.narrated import narrated_quote
from quizapp.draft.uncued.rules.placards import held_inscription
from quizapp.draft.uncued.rules.pull_quotes import spoken_subheads
from quizapp.draft.uncued.rules.reason import reason_quote
from quizapp.draft.uncued.rules.signatures.signed import without_signatures
from quizapp.draft.uncued.rules.stated_reason import stated_reason
from quizapp.draft.uncued.rules.taken_back import taken_back
from quizapp.draft.uncued.rules.told_inside import told_inside
from quizapp.draft.words.lexicon import Lexicon, built_once, fold, load


def analyze(text: str, language: str, headline: str | None = None) -> Analysis:
    """Everything the drafter finds in ``text`` (``language``: 'fr' or 'en').

    ``headline``: the article's title when the caller knows it; a first paragraph equal to it
    is read as the headline (the outlet's framing).
    """
    lex = load(language)
    single = as_double_quotes if language == "en" else as_french_double_quotes  # ‘…’ -> “…”
    written, text = text, single(text)
    headline = single(headline) if headline else headline
    registry = Registry(text, lex)
    paras = paragraphs(text)
    quotes, cut = split_incises(text, quotations(text, paras), lex)
    registry.quotes = Overlaps(quotes)
    reader = _ArticleReader(text, lex, registry, registry.quotes, sentence_stops(lex))
    framing = [p for i, p in enumerate(paras) if is_framing(text, p, i, headline)]
    for para in paras:
        reader.read_paragraph(para, para in framing)
    found = released(reader.unheard, joined(reader.found, reader.aside), registry, paras)
    found = across_the_article(found, cut, text, registry, lex, paras)
    found = spoken_subheads(found, paras, text, lex)
    found = framed_quotes(found, text, framing, registry)  # a long one no rule gave
    found = speaking_speakers(found, registry, (reader.sentence_spans, paras), reader.quotes, lex)
    claims = tuple(without_signatures(reader.claims, found, text))  # « - Paul Roy »: no fact
    return Analysis(language, written, tuple(found), claims, _speakers(registry, found))


@dataclass
class _ArticleReader:
    """One reading of an article, paragraph by paragraph and in order: what it found so far,
    and the last sentence with nothing attributed ("C'est ce qu'a dit X" refers to it)."""

    text: str
    lex: Lexicon
    registry: Registry
    quotes: Overlaps
    stops: Stops
    found: list[Attribution] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    sentence_spans: list[Span] = field(default_factory=list)  # for speaker_checks/plausible.py
    unheard: list[Span] = field(default_factory=list)  # quotations no rule gave (unheard.py)
    aside: list[Attribution] = field(default_factory=list)  # guesses (narrated_long.py)
    previous: Span | None = None
    intro: tuple[SentenceView, list[Attribution]] | None = None  # a last sentence closing on ":"

    def read_paragraph(self, para: Span, framing: bool) -> None:
        """Attributions and claims of each sentence; a headline or subhead (``framing``) keeps
        only what it says someone said."""
        para_found: list[Attribution] = []
        waiting: Span | None = None  # a quotation opening the paragraph, its speaker next
        near = self.quotes.within(para[0] - 1, para[1] + 1)  # also those ending at its edges
        dateline = dateline_end(self.text, para)  # nobody's words
        cut = sentences(self.text, para, near, self.stops)
        intro, self.intro = self.intro, None
        for sentence in past_dateline(cut, None if framing else dateline):
            self.sentence_spans.append(sentence)
            new, waiting = self._read_sentence(sentence, para, framing, para_found, waiting)
            para_found += new
            self.previous = None if new or framing else sentence
            taken = [_extent(a) for a in new]
            self.claims += claims_of_sentence(self.text, sentence, taken, self.lex, framing)
        if not para_found and not framing:  # a quotation going on, its opening mark lost
            para_found = closing_only_paragraph(self.text, para, self.found)
            para_found = para_found or self._introduced(intro, para)  # « … le maire : » Je…
            if para_found:  # its claims dropped (a filter at every paragraph would be quadratic)
                self.claims = [c for c in self.claims if c.span[1] <= para[0]]
        self.found += after_dateline(para_found, para, dateline)  # "CHICAGO (WLS) -- "

    def _read_sentence(
        self,
        sentence: Span,
        para: Span,
        framing: bool,
        para_found: list[Attribution],
        waiting: Span | None,
    ) -> tuple[list[Attribution], Span | None]:
        """The sentence's attributions (a quotation ``waiting`` for its speaker goes to
        ``para_found``), and the quotation of this sentence that waits for the next one."""
        view = _view(self.text, sentence, self.quotes, self.lex, self.previous)
        if not (framing and title_case(view)):  # "Cisco Agrees to Buy It": no name "Cisco Agrees"
            skip = unwritten_opening(view, para) if framing else 0  # "Rail Chaos hits town"
            self.registry.observe(view.tokens[skip:], view.outside[skip:])
        new = sentence_attributions(view, self.registry)
        if not framing:
            self._give_waiting(view, waiting, para_found)
        else:
            new = [a for a in new if said_in_framing(a, self.text, para, self.lex)]
        new = self._with_colon(view, para, framing, new)
        closes_on_colon = self.text[sentence[0] : sentence[1]].rstrip().endswith(":")
        self.intro = (view, new) if closes_on_colon else None  # it may introduce the next
        if framing:
            return new, None
        return self._with_body_rules(view, para, new, para_found)

    def _give_waiting(
        self, view: SentenceView, waiting: Span | None, para_found: list[Attribution]
    ) -> None:
        """A quotation opening the paragraph, ``waiting`` for its speaker, given by the next
        sentence: the name opening it (« « … » Paul X se défend »: X said it) or ``told_next``."""
        held = [i for i, a in enumerate(para_found) if a.content == waiting]
        if held:
            para_found[held[0]] = named_after(para_found[held[0]], view.span[0], self.registry)
        elif waiting is not None:
            told = partial(resolved, registry=self.registry)
            para_found += told_next(view, waiting, told, self.registry)

    def _with_colon(
        self, view: SentenceView, para: Span, framing: bool, new: list[Attribution]
    ) -> list[Attribution]:
        """The sentence's findings and the statement a colon gives its speaker when none was
        read (``_colon_draft``), or the quotation opening the sentence, its speaker after the
        colon, when no finding covers it (« «…» : des enseignants ont défilé… »)."""
        colon = opening_quote_then_colon(view) if new else self._colon_draft(view, para, framing)
        if new and colon is not None and any(_extent(a)[0] < colon.content[1] for a in new):
            colon = None
        if colon is not None:
            new = [a for a in (resolved(view, colon, self.registry),) if a is not None] + new
        return new

    def _introduced(
        self, intro: tuple[SentenceView, list[Attribution]] | None, para: Span
    ) -> list[Attribution]:
        """A paragraph with no marks that the colon closing the paragraph before introduces
        (``going_on/introduced.py``), as its speaker's direct words."""
        found = None if intro is None else introduced_paragraph(*intro, para)
        if isinstance(found, Draft):
            found = resolved(intro[0], found, self.registry)
        return [] if found is None else [found]

    def _colon_draft(self, view: SentenceView, para: Span, framing: bool) -> Draft | None:
        """A statement a colon gives its speaker: in the body the subject's before it; in a
        headline a name before it (« Reynders : «…» ») or after it ("Deputy shoots suspect:
        PCSO") that the body names again, or people after a quotation that opens it."""
        if not framing:  # a lead that names one person, when no subject was read
            return colon_quote(view) or named_in_lead(view, self.registry)
        found = headline_quote(view) or headline_source(view)
        if found is not None and named_or_spelled(self.text, para, found.source, self.lex):
            return found
        return opening_quote_then_colon(view) or opening_quote_then_dash(view)

    def _placard(self, view: SentenceView, new: list[Attribution]) -> list[Attribution]:
        """The words on a placard or a banner someone holds (``rules/placards.py``)."""
        found = held_inscription(view, new)
        if isinstance(found, Draft):
            found = resolved(view, found, self.registry)
        return [] if found is None else [found]

    def _narrated(
        self, view: SentenceView, new: list[Attribution], named_only: bool = False
    ) -> list[Attribution]:
        """A quotation inside narration, its sentence's subject's (``rules/narrated.py``)."""
        found = narrated_quote(view, new, named_only)
        found = None if found is None else resolved(view, found, self.registry)
        return [] if found is None else [found]

    def _with_body_rules(
        self, view: SentenceView, para: Span, new: list[Attribution], para_found: list[Attribution]
    ) -> tuple[list[Attribution], Span | None]:
        """Rules for the body only: a quotation standing alone, a quotation opening the
        article told by the next sentence, a quotation whose speaker comes next."""
        reason = reason_quote(view, new)  # « X salue le projet car « … » »
        reason = reason or taken_back(view, new)  # « … C'est le constat fait par X. »
        reason = reason or stated_reason(view, new)  # « …, au motif que … »
        reason = None if reason is None else resolved(view, reason, self.registry)
        new += [] if reason is None else [reason]
        alone = standalone_quote(view, self.registry, new, self.found + para_found, self.text)
        if not (alone or self.found):  # kept aside until every name is met (rules/lone_quotes)
            self.unheard += unheard_quote(view, self.registry, new, para_found, self.text)
        new += alone
        self.unheard += unclaimed_quotes(view, new, self.found + para_found)  # a cue's, untaken
        new += quotation_after_colon(view, new)
        new += self._placard(view, new)
        new += self._narrated(view, new, True)  # « Paul X privilégie « les petits pas » »
        new += quoted_in_narration(view, new, self.found + para_found)
        new += self._narrated(view, new)  # « Le maire privilégie « les petits pas » »
        given, left = set_aside(view, self.registry, new, self.found + para_found)
        self.aside, self.unheard = self.aside + given, self.unheard + left  # mixed37
        new += conditional_continuation(view, new, para_found)  # « … s'élèverait à 4 % »
        new += continued_that(view, new, para_found)  # « X explique que A. Et que B. »
        new += told_inside(view, new, self.registry)  # « Il m'a dit… », "He told me…"
        opening = None if new or self.found or para_found else narration_after(view, para)
        if opening is not None:  # «…» Saïd et son épouse ne décolèrent pas.
            told = _view(self.text, opening[1], self.quotes, self.lex)
            resolve = partial(resolved, registry=self.registry)
            new += told_next(told, opening[0], resolve, self.registry)
        waiting = quote_before_its_speaker(view, para)
        lone = len(new) == 1 and new[0].cue is None and new[0].content == waiting
        return new, waiting if lone or not new else None


@built_once
def sentence_stops(lex: Lexicon) -> Stops:
    """The lexicon's abbreviations, for cutting sentences (built once per lexicon); a weekday
    opens no sentence after one ("at 9 a.m. Monday"). A title written with its period
    (lexicon ``titles``: "Sgt.", "Capt.", "Det.") ends no sentence either: "…, said Sgt.
    Nicole Kirkwood" is one sentence, whose speaker is the sergeant."""
    final = frozenset(lex.raw.get("sentence_final_abbreviations", []))
    days = lex.word_set("weekdays")
    openers = frozenset(w for w in lex.raw["function_words"] if fold(w) not in days)
    titles = frozenset(w for w in lex.raw.get("titles", []) if w.endswith("."))
    return Stops(frozenset(lex.raw["sentence_abbreviations"]) | final | titles, final, openers)


def _extent(found: Attribution) -> Span:
    """From the first to the last of an attribution's parts (cue, source, relay, content).
    A source far before its cue is the subject a participle shares ("FBI agents raided the
    office, and issued an affidavit saying…"): the clause between is the narration's own."""
    spans = [s for s in (found.content, found.cue) if s is not None]
    near = found.source is not None and min(s[0] for s in spans) - found.source[1] < 60
    spans += [found.source] if near or (found.source and found.source[0] > spans[0][0]) else []
    return min(s[0] for s in spans), max(s[1] for s in spans)


def _view(
    text: str, sentence: Span, quotes: Overlaps, lex: Lexicon, previous: Span | None = None
) -> SentenceView:
    toks = tokens(text, sentence, lex.language)
    inside = quotes.within(*sentence)
    if not inside:  # most sentences quote nothing: no token to test against a quotation
        outside = [True] * len(toks)
    else:
        outside = [not any(q[0] <= t.start < q[1] for q in inside) for t in toks]
    cues = find_cues(toks, outside, lex)
    return SentenceView(text, sentence, toks, outside, inside, cues, lex, previous)


def _speakers(registry: Registry, found: list[Attribution]) -> tuple[Speaker, ...]:
    speaking = {a.speaker for a in found}
    result = []
    for entity in each_once(registry.entities.values()):
        if entity.name in speaking:
            mentions = tuple(sorted(set(entity.mentions)))
            result.append(Speaker(entity.name, entity.label, mentions))
    return tuple(result)
