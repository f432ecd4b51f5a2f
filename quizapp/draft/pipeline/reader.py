"""One reading of an article, paragraph by paragraph and sentence by sentence, in order: what a
sentence's cues give, what a headline or subhead keeps (only what it says someone said), a
quotation opening a paragraph that waits for the next sentence to name its speaker, a colon
closing a sentence that introduces the next paragraph, and the claims no attribution covers.

Out of ``analysis.py`` since tidy43 (which had reached 300 lines): ``analysis.analyze`` prepares
the article and runs the whole-article steps around this reading; the rules a body sentence
goes through after its cues are ``body_rules``, mixed in here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial

from quizapp.draft.claims import claims_of_sentence
from quizapp.draft.findings import Attribution, Claim, Span
from quizapp.draft.pipeline.attributions import Draft, SentenceView
from quizapp.draft.pipeline.body_rules import BodyRules
from quizapp.draft.pipeline.resolve import Registry
from quizapp.draft.pipeline.resolved_drafts import resolved, sentence_attributions
from quizapp.draft.reporting.cues import find_cues
from quizapp.draft.shapes.colons.colon_person import named_in_lead
from quizapp.draft.text.segment import Overlaps, Stops, sentences, tokens
from quizapp.draft.uncued.going_on.introduced import introduced_paragraph
from quizapp.draft.uncued.going_on.open_run import open_run_paragraph
from quizapp.draft.uncued.going_on.quoted_on import closing_only_paragraph
from quizapp.draft.uncued.going_on.unmarked import first_person_paragraph
from quizapp.draft.uncued.rules.colon_quotes import (
    colon_quote,
    opening_quote_then_colon,
    opening_quote_then_dash,
)
from quizapp.draft.uncued.rules.dateline import after_dateline, dateline_end, past_dateline
from quizapp.draft.uncued.rules.headline_settings import without_setting
from quizapp.draft.uncued.rules.headlines import (
    headline_quote,
    headline_source,
    named_or_spelled,
    said_in_framing,
    title_case,
    unwritten_opening,
)
from quizapp.draft.uncued.rules.lone_quotes.alone import told_next
from quizapp.draft.uncued.rules.lone_quotes.named_next import named_after
from quizapp.draft.words.lexicon import Lexicon


@dataclass
class ArticleReader(BodyRules):
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
            para_found = self._going_on(para, intro)
        self.found += after_dateline(para_found, para, dateline)  # "CHICAGO (WLS) -- "

    def _going_on(
        self, para: Span, intro: tuple[SentenceView, list[Attribution]] | None
    ) -> list[Attribution]:
        """A paragraph where no sentence found anything, as the words of a speaker going on
        (its opening mark lost, introduced by a colon, a quotation left open, « je »); its
        claims dropped up to the end of those words, the narration after them kept (a filter
        at every paragraph would be quadratic)."""
        found = closing_only_paragraph(self.text, para, self.found)
        found = found or self._introduced(intro, para)  # « … le maire : » Je…
        found = found or open_run_paragraph(self.text, para, self.found, self.lex)
        found = found or first_person_paragraph(self.text, para, self.found, self.lex)
        if found:
            said = max(a.content[1] for a in found)
            self.claims = [c for c in self.claims if c.span[1] <= para[0] or c.span[0] >= said]
        return found

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
        view = self._sentence_view(sentence, self.previous)
        if not (framing and title_case(view)):  # "Cisco Agrees to Buy It": no name "Cisco Agrees"
            skip = unwritten_opening(view, para) if framing else 0  # "Rail Chaos hits town"
            self.registry.observe(view.tokens[skip:], view.outside[skip:])
        new = sentence_attributions(view, self.registry)
        if not framing:
            self._give_waiting(view, waiting, para_found)
        else:
            new = [
                without_setting(a, self.text, self.lex)
                for a in new
                if said_in_framing(a, self.text, para, self.lex)
            ]
        new = self._with_colon(view, para, framing, new)
        closes_on_colon = self.text[sentence[0] : sentence[1]].rstrip().endswith(":")
        self.intro = (view, new) if closes_on_colon else None  # it may introduce the next
        if framing:
            return new, None
        return self._with_body_rules(view, para, new, para_found, self._sentence_view)

    def _give_waiting(
        self, view: SentenceView, waiting: Span | None, para_found: list[Attribution]
    ) -> None:
        """A quotation opening the paragraph, ``waiting`` for its speaker, given by the next
        sentence: the name opening it (« « … » Paul X se défend »: X said it) or ``told_next``."""
        held = [i for i, a in enumerate(para_found) if a.content == waiting] if waiting else []
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

    def _sentence_view(self, sentence: Span, previous: Span | None = None) -> SentenceView:
        """The sentence with its tokens, quotations and cues (``previous``: the sentence before,
        when nothing was attributed in it)."""
        return sentence_view(self.text, sentence, self.quotes, self.lex, previous)


def _extent(found: Attribution) -> Span:
    """From the first to the last of an attribution's parts (cue, source, relay, content).
    A source far before its cue is the subject a participle shares ("FBI agents raided the
    office, and issued an affidavit saying…"): the clause between is the narration's own."""
    spans = [s for s in (found.content, found.cue) if s is not None]
    near = found.source is not None and min(s[0] for s in spans) - found.source[1] < 60
    spans += [found.source] if near or (found.source and found.source[0] > spans[0][0]) else []
    return min(s[0] for s in spans), max(s[1] for s in spans)


def sentence_view(
    text: str, sentence: Span, quotes: Overlaps, lex: Lexicon, previous: Span | None = None
) -> SentenceView:
    """``sentence`` as the shapes see it: its tokens, which of them stand outside a quotation,
    the quotations inside it and its cues."""
    toks = tokens(text, sentence, lex.language)
    inside = quotes.within(*sentence)
    if not inside:  # most sentences quote nothing: no token to test against a quotation
        outside = [True] * len(toks)
    else:
        outside = [not any(q[0] <= t.start < q[1] for q in inside) for t in toks]
    cues = find_cues(toks, outside, lex)
    return SentenceView(text, sentence, toks, outside, inside, cues, lex, previous)
