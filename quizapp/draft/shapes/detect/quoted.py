"""Shapes around quotations: a quotation then its cue, a quotation cut by an inserted cue,
a cue then a colon and what is said."""

from __future__ import annotations

import re

from quizapp.draft.clause.inverted_subjects.clauses import inverted_before_colon
from quizapp.draft.clause.inverted_subjects.subject import setting_words, source_after
from quizapp.draft.clause.subjects.around_cue import source_before
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.reporting.english_cue_forms.english_subjects import long_subject_fits
from quizapp.draft.shapes.detect.clitic_insert import inserted_clitic_cue
from quizapp.draft.shapes.detect.content_bounds import quote_with_own_cue
from quizapp.draft.shapes.detect.cue_reach import has_que_later
from quizapp.draft.shapes.detect.final_name import clause_before_name
from quizapp.draft.shapes.detect.inverted.fronted_adverb import subject_after_adverb
from quizapp.draft.shapes.detect.view import (
    CLOSING_MARK_AT_END,
    MARKS_ONLY,
    Draft,
    SentenceView,
    has_quote,
    inner,
    relay_window,
    strip_span,
)
from quizapp.draft.text.segment import Span, first_colon, words_in
from quizapp.draft.text.sentence.apposed_names import APPOSED_NAME_BEFORE
from quizapp.draft.text.sentence.narration import narration_before
from quizapp.draft.text.sentence.sentence_parts import CHANNEL
from quizapp.draft.text.sentence.syntax import (
    before_relative_clause,
    clause_goes_on,
)
from quizapp.draft.text.word_patterns import WORD_WITH_MARKS
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once, fold

_WORDS_THEN_COMMA = re.compile(r"\s*([^,.;:«“\"]{2,60}?),\s*(?=\S)")
_OPENING_MARK = re.compile(r"[«“\"]")
_COMMA_THEN_WORDS_AT_END = re.compile(r",\s*((?:[\w'’.-]+\s+){1,6}?)$")
_WORDS_COMMA_QUOTE = re.compile(r"[^,:]{0,60}?,\s*(?=[“\"])")


def inserted_cue(view: SentenceView, cue: Cue, used: set[Span]) -> Draft | None:
    """ "Cette source, précise l'AFP, «accompagnait…»": an inverted cue between commas splits
    what is said in two; the source is the noun phrase after the verb."""
    if view.lex.language == "en":
        return _inserted_cue_en(view, cue)
    if cue.kind != "verb":
        return None
    if cue.pronoun is not None:
        return inserted_clitic_cue(view, cue)
    return _inserted_named_cue(view, cue)


def _inserted_named_cue(view: SentenceView, cue: Cue) -> Draft | None:
    """The inserted cue with a subject after its verb (« , précise l'AFP, »): the words before
    it and after its subject are what is said, its subject the source."""
    before = view.text[view.span[0] : cue.span[0]]
    after = _WORDS_THEN_COMMA.match(view.text[cue.span[1] : view.span[1]])
    if not before.rstrip().endswith(",") or after is None or has_que_later(view, cue):
        return None
    if APPOSED_NAME_BEFORE.search(before):
        return None  # "le procureur, François Molins, a détaillé…": the subject comes first
    lead = strip_span(view.text, (view.span[0], cue.span[0]))
    if words_in(view.text, lead) < 2 or CLOSING_MARK_AT_END.search(before.rstrip(" ,")):
        return None
    goes_on = clause_goes_on(view.text, cue.span[1] + after.end(1), view.span[1], "fr")
    if not goes_on and not _OPENING_MARK.match(view.text[cue.span[1] + after.end() :]):
        return None  # ", a déclaré X, réaffirmant…": the sentence ends with its source
    source = strip_span(view.text, (cue.span[1] + after.start(1), cue.span[1] + after.end(1)))
    channel = CHANNEL.search(view.text, source[0], source[1])  # "l'élu dans son courrier"
    source = (source[0], channel.start()) if channel and channel.start() > source[0] else source
    content = (lead[0], strip_span(view.text, (cue.span[1] + after.end(), view.span[1]))[1])
    kind = "mixed" if has_quote(view, content) else "indirect"
    return Draft(content, cue.span, source, kind, None, 0.7, relay_window(view, cue))


def _inserted_cue_en(view: SentenceView, cue: Cue) -> Draft | None:
    """ "Some of the documents, one of the officials said, would most likely…" """
    if cue.kind != "verb" or cue.participle:
        return None
    before = view.text[view.span[0] : cue.span[0]]
    subject = _COMMA_THEN_WORDS_AT_END.search(before)
    after = view.text[cue.span[1] : view.span[1]]
    setting = _en_setting(view.lex).match(after)  # "the minister said on Monday, will…"
    after_setting = cue.span[1] + (setting.end() if setting else 0)
    after = view.text[after_setting : view.span[1]]
    if subject is None or not re.match(r"\s*,\s*\w", after) or has_quote(view, view.span):
        return None
    if not clause_goes_on(view.text, after_setting, view.span[1], "en"):
        return None  # "…, the official said, adding that…" is no second half
    lead = strip_span(view.text, (view.span[0], view.span[0] + subject.start()))
    if words_in(view.text, lead) < 2:
        return None
    source = strip_span(view.text, (view.span[0] + subject.start(1), cue.span[0]))
    content = (lead[0], strip_span(view.text, (cue.span[1], view.span[1]))[1])
    return Draft(content, cue.span, source, "indirect", None, 0.7, relay_window(view, cue))


def quote_then_cue(view: SentenceView, cue: Cue, used: set[Span]) -> Draft | None:
    before = [q for q in view.substantive_quotes() if q[1] <= cue.span[0] and q not in used]
    if not before or has_que_later(view, cue):
        return None
    quote = before[-1]
    gap = view.text[quote[1] : cue.span[0]]
    subject = None
    if not _aside(view, quote, cue) and not _clitics_only(view.lex).fullmatch(gap):
        stop = before_relative_clause(gap)  # "the official, who asked not to be named, told"
        name = gap[:stop].strip(" ,–—-")
        if view.lex.language != "en" or not long_subject_fits(view.lex, name):
            return None
        if not re.match(r"^[,\s]", gap):
            return None
        subject = strip_span(view.text, (quote[1], quote[1] + stop))
    start = _first_quote_of_run(view, before)
    end = inner(view.text, quote)[1]
    after = _quote_after_inserted_clause(view, cue)
    if after is not None:
        end = inner(view.text, after)[1]
    source = subject or source_after(view, cue)
    content = (inner(view.text, start)[0], end)
    lead = narration_before(view, start, gap.lstrip().startswith(","), cue.pronoun)
    if lead is not None:  # "…, tandis que des routes sont coupées car «…», poursuit X"
        content = (lead, end)
    kind = "direct" if lead is None else "mixed"
    return Draft(content, cue.span, source, kind, cue.pronoun, 0.9, relay_window(view, cue))


_ASIDE = re.compile(r"\s*,\s*[^,.;:!?«»“”\"]+(?:,[^,.;:!?«»“”\"]+)?,\s*$")


def _aside(view: SentenceView, quote: Span, cue: Cue) -> bool:
    """« « … », aucun constituant n'étant dénaturé, explique à l'AFP X », « « … », précisant
    que…, affirme X »: a French aside set off by commas (an absolute or participial clause, a
    noun phrase) between a quotation and a cue inverted after it, with no cue of its own but
    a participle's; the quotation is what the cue reports."""
    if view.lex.language != "fr" or cue.participle:
        return False
    gap = (quote[1], cue.span[0])
    if not _ASIDE.fullmatch(view.text, *gap) or words_in(view.text, gap) > 14:
        return False
    if not all(c.participle for c in view.cues if gap[0] <= c.span[0] < gap[1]):
        return False  # « précisant que » may stand there, no other cue
    if not _absolute(view, gap):
        return False
    return cue.pronoun is not None or source_after(view, cue) is not None


def _absolute(view: SentenceView, gap: Span) -> bool:
    """An aside with a present participle (« n'étant », « en souriant ») or a short noun
    phrase (« la voix brisée »), not the rest of a clause (« …, sont rentrés chez eux, »)."""
    lex, words = view.lex, [fold(w) for w in WORD_WITH_MARKS.findall(view.text[slice(*gap)])]
    ending = lex.raw.get("participle_clause_ending") or "\0"
    lookalikes = lex.word_set("participle_clause_lookalikes")
    if any(w.endswith(ending) and w not in lookalikes for w in words):
        return True
    return len(words) <= 5 and words[0] in lex.word_set("determiners")


@built_once
def _clitics_only(lex: Lexicon) -> re.Pattern[str]:
    """A gap between a quotation and its cue with nothing but marks and an object clitic
    (lexicon ``indirect_object_clitics``, ``direct_object_clitics``): « « … », lui dit X »."""
    words = lex.words("indirect_object_clitics") + lex.words("direct_object_clitics")
    return re.compile(rf"[\s,.–—-]*(?:(?:{alternation(words) or '(?!)'})\s+)?")


def _first_quote_of_run(view: SentenceView, before: list[Span]) -> Span:
    """Quotations separated by "(…)", spaces or a few words of narration belong together
    («Six corps…» national de Donka samedi «entre 11H00 et 17H00», a affirmé…)."""
    first = before[-1]
    for quote in reversed(before[:-1]):
        gap = view.text[quote[1] : first[0]]
        joined = MARKS_ONLY.fullmatch(gap) or (
            len(gap.split()) <= 8
            and not re.search(r"[.;:!?]", gap)
            and not any(quote[1] <= c.span[0] < first[0] for c in view.cues)
        )
        if not joined:
            break
        first = quote
    return first


def _quote_after_inserted_clause(view: SentenceView, cue: Cue) -> Span | None:
    """The quotation that goes on after « « A », assure X, le maire de la ville du
    Loir-et-Cher, « B » »: the subject and its apposition (up to 12 words) end on a comma
    right before it, or B opens in lower case ("“A” said a commuter “but also…”", english20),
    and hold no cue of their own (« …, ajoute X qui appelle Y, « B » »)."""
    for quote in view.substantive_quotes():
        if quote[0] >= cue.span[1]:
            between = view.text[cue.span[1] : quote[0]]
            own_cue = any(cue.span[1] <= c.span[0] < quote[0] for c in view.cues)
            goes_on = between.rstrip().endswith(",") or _opens_lower(view, quote)
            if goes_on and len(between.split()) <= 12 and not own_cue:
                return quote
            return None
    return None


def _opens_lower(view: SentenceView, quote: Span) -> bool:
    """An English quotation whose first word is in lower case goes on with a sentence begun
    before. Not in French: joining there merged quotations the French keys hold apart."""
    if view.lex.language != "en":
        return False
    words = re.match(r"\W*(\w)", view.text[inner(view.text, quote)[0] : quote[1]])
    return words is not None and words.group(1).islower()


_RELAY = re.compile(r"\s*(?:(?:à|au|aux|to)\s+(?:l['’])?[A-Z][\w.-]*(?:\s+[A-Z][\w-]*)*)?")


def cue_then_colon(view: SentenceView, cue: Cue, used: set[Span]) -> Draft | None:
    """A cue with a colon within eight words after it: what follows the colon is said, quoted
    or not (« a déclaré : « … » », "said: …"); with the cue's subject inverted before the
    colon (« C, estime X : « … » »), the clause before the cue is."""
    rest = view.text[cue.span[1] : view.span[1]]
    colon = _colon_after(view, cue, rest)
    if colon < 0 or len(rest[:colon].split()) > 8:
        return None
    if view.lex.language == "fr" and quote_with_own_cue(view, cue.span[1] + colon):
        return None  # "reconnaît une défaillance : « … », a-t-il dit": the object is said
    unmarked = clause_before_name(view, cue)  # "C raconte X, délégué : « … »" (no comma)
    if unmarked is not None or inverted_before_colon(view, cue, colon):  # "C, estime X : «…»"
        return _clause_before(view, cue, unmarked)
    if _later_cue_owns(view, cue, cue.span[1] + colon):
        return None  # "said she had “no regrets”, adding: “…”": the colon is the later cue's
    said = _after_colon(view, cue, rest, colon)
    if said is None:
        return None
    content, kind = said
    source = None if cue.participle else source_before(view, cue)  # "…, before adding: «…»"
    source = source or subject_after_adverb(view, cue)  # "Later, said X, “…”"
    return Draft(content, cue.span, source, kind, cue.pronoun, 0.8, relay_window(view, cue))


def _later_cue_owns(view: SentenceView, cue: Cue, colon: int) -> bool:
    """A later cue stands between the cue and the colon at ``colon`` and opens what the colon
    says: any in English; in French one whose subject stands inverted before the colon (« Le
    chantier avance, témoigne un élu : « … » »: « avance » says nothing there, mend59c)."""
    later = [c for c in view.cues if cue.span[1] <= c.span[0] < colon]
    if view.lex.language == "en":
        return bool(later)
    return any(inverted_before_colon(view, c, colon - c.span[1]) for c in later)


def _colon_after(view: SentenceView, cue: Cue, rest: str) -> int:
    """Where the colon after a cue stands in ``rest``, the text after it (-1: none). In
    English a comma right before a quotation may stand for it when it comes first."""
    colon = first_colon(rest)
    comma = _WORDS_COMMA_QUOTE.match(rest) if view.lex.language == "en" else None
    if comma and any(q[0] == cue.span[1] + comma.end() for q in view.quotes):
        colon = comma.end() - 1 if colon < 0 or comma.end() - 1 < colon else colon  # not the
        # closing mark of "is "tight," adding…"
    return colon


def _clause_before(view: SentenceView, cue: Cue, unmarked: Span | None) -> Draft:
    """The clause before a cue whose subject stands inverted before its colon, the
    ``unmarked`` one when ``clause_before_name`` read it, else the sentence up to the cue."""
    content = unmarked or strip_span(view.text, (view.span[0], cue.span[0]))
    content = (content[0], content[1] - view.text[: content[1]].endswith(","))
    source = source_after(view, cue)
    return Draft(content, cue.span, source, "indirect", None, 0.7, relay_window(view, cue))


def _after_colon(view: SentenceView, cue: Cue, rest: str, colon: int) -> tuple[Span, str] | None:
    """What follows a cue's colon, and its kind: from the first quotation to the last one's
    end when a quotation opens it (direct), else the text after the colon (indirect), or
    from the object the cue's words take before the colon (« accuse cette version
    d'exagérer : si un bras… »: the object opens what is said); None when under 3 characters."""
    start = cue.span[1] + colon + 1
    content = strip_span(view.text, (start, view.span[1]))
    if content[1] - content[0] < 3:
        return None
    quotes = [q for q in view.quotes if q[0] >= start]
    if quotes and quotes[0][0] <= content[0]:
        return (inner(view.text, quotes[0])[0], inner(view.text, quotes[-1])[1]), "direct"
    relay = _RELAY.match(rest[:colon])
    skip = relay.end() + setting_words(view.lex, rest[relay.end() : colon])
    if rest[skip:colon].strip(" ,"):
        content = strip_span(view.text, (cue.span[1] + skip, content[1]))
    return content, "indirect"


@built_once
def _en_setting(lex: Lexicon) -> re.Pattern[str]:
    """A time right after an inserted cue ("said on Monday,"): a weekday or a word of the
    lexicon's ``setting_time_words``, after a preposition of ``weekday_prepositions`` maybe."""
    on = lex.one_of("weekday_prepositions")
    times = alternation(lex.words("weekdays") + lex.words("setting_time_words"), True) or "(?!)"
    return re.compile(rf"\s+(?:(?:{on})\s+)?(?:{times})\b", re.IGNORECASE)
