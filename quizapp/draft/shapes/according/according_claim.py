"""Which side of a "selon / according to X" sentence holds what X says: the clause after the
source phrase ("Selon X, la…") or the part before it ("C, selon X, qui ajoute…", « C1, selon le
maire, et C2, selon X »), and how far the source reaches (a name in apposition, a closing
description). Split out of according.py (structure18, then in detect/)."""

from __future__ import annotations

import re

from quizapp.draft.clause.noun_phrases.noun_phrase import holds_finite_verb
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.shapes.according.according_phrase import SourcePhrase, source_phrase
from quizapp.draft.shapes.according.according_source import (
    afterthoughts,
    aside_start,
    clause_opening,
    closes_aside,
    closing_description,
    predicate_first,
)
from quizapp.draft.shapes.according.bracket_pieces import in_brackets, names_source
from quizapp.draft.shapes.according.bridged import bridged_claim
from quizapp.draft.shapes.according.lone_bracket import lone_bracket_claim
from quizapp.draft.shapes.according.speaker_relative import word_after
from quizapp.draft.shapes.according.summing_up import sums_up_before
from quizapp.draft.shapes.detect.view import SentenceView, strip_span
from quizapp.draft.text.segment import Span, tokens, words_in
from quizapp.draft.text.sentence.apposition import NAME_ASIDE, with_apposition
from quizapp.draft.text.sentence.sentence_parts import (
    closing_participle,
    participle_afterthought,
    past_participle,
    setting_afterthought,
)
from quizapp.draft.words.lexicon import Lexicon, built_once, fold

_APPOSED_QUOTE = re.compile(r",\s*([«“][^«»“”]{1,60}[»”])\s*,\s*$")  # the source's words


def reported_part(view: SentenceView, cue: Cue, phrase: SourcePhrase) -> tuple[Span, Span]:
    """What the source says (the clause after the phrase, or else the words before it, or the
    clause the phrase sits in: according/bridged) and the source, widened to a name in
    apposition or to its closing description (``_source_and_after``). Never bridged onto
    the source's own description: it says who X is, not what X says (mend38a)."""
    text, (s_start, s_end) = view.text, view.span
    first, part_start = _claim_start(view, cue, phrase)
    before = strip_span(text, (part_start, cue.span[0]))
    source, following = _source_and_after(view, phrase, before)
    apposed_quote = _APPOSED_QUOTE.search(text, s_start, cue.span[0])
    if source == phrase.span and not apposed_quote:  # « Le projet pourrait, selon X, coûter… »
        bridged = bridged_claim(view, cue, phrase, before, following)
        if bridged is not None:
            return bridged, source
    relative = _aside_relative(view.lex).match(text[following[0] : s_end])
    if relative:  # "D'après le Point, dont le numéro paraît jeudi, X…"
        following = strip_span(text, (following[0] + relative.end(), s_end))
    paired = part_start > s_start and words_in(text, before) >= 1  # « 8 %, 33 % selon X »
    opens_clause = _opens_clause(view, cue, phrase, before, following)
    opens_clause = opens_clause and not (paired and predicate_first(view, following))
    content = following if opens_clause or (words_in(text, before) < 3 and not paired) else before
    if content == following:
        content = _before_later_pair(view, content)
    if apposed_quote and view.lex.language == "fr":  # "X, «président élu», selon l'ONU, a…"
        content = (apposed_quote.start(1), apposed_quote.end(1))
    bracketed = in_brackets(view, cue, source, first)  # « (500 selon X) »
    bracketed = bracketed or lone_bracket_claim(view, cue, source, part_start)  # « X (selon Y) … »
    return bracketed or _unbracketed(text, content), source


def _claim_start(view: SentenceView, cue: Cue, phrase: SourcePhrase) -> tuple[int, int]:
    """Where the part of a closing « selon » may start (``_part_start``), and where it does
    once an aside that the phrase closes is counted (« - C, selon X - »)."""
    text, first = view.text, _part_start(view, cue)
    closing = closes_aside(text, phrase.span[1])
    aside = aside_start(text, view.span[0], cue.span[0]) if closing else None
    return first, first if aside is None else max(first, aside)


def _unbracketed(text: str, content: Span) -> Span:
    """« 2.500 (selon les syndicats) »: the claim before the brackets ends before the bracket
    that opens them, which is no part of it."""
    return strip_span(text, content, trailing=",;:.–—-(")


def _source_and_after(view: SentenceView, phrase: SourcePhrase, before: Span) -> tuple[Span, Span]:
    """The source and the words after it: the source widened to a name in apposition
    ("Selon le ministre, Bruno Le Maire, la…", ", according to X, Acme's head of housing.")
    or, after a claim of three words or more, to a description closing the sentence (« C,
    selon Sytadin, le site web d'information routière. »: nothing after it then)."""
    text, s_end = view.text, view.span[1]
    source, following = phrase.span, strip_span(text, (phrase.mark_end, s_end))
    apposed = with_apposition(view.lex, text, source, s_end)
    after_name = re.match(f"(?:{NAME_ASIDE})?" + r"\s*(?:,|[.!?]?\s*$)", text[apposed[1] : s_end])
    if apposed != source and after_name:
        source = apposed
        following = strip_span(text, (apposed[1] + after_name.end(), s_end))
    # « La salle est, selon X, la plus vieille du canton »: a copula's predicate, not X's
    complete = words_in(text, before) >= 3 and not _ends_on_auxiliary(view, before)
    described = closing_description(view, source) if complete else None
    if described is not None:
        return (source[0], described), (s_end, s_end)
    return source, following


def _opens_clause(
    view: SentenceView, cue: Cue, phrase: SourcePhrase, before: Span, following: Span
) -> bool:
    """Whether the phrase opens the sentence's claim ("Selon X, la…") rather than closing
    it ("…, selon une source, sans plus de précisions": an afterthought follows)."""
    text = view.text
    opens = phrase.punctuated and words_in(text, following) >= 3 and not phrase.joined
    opens = opens and bool(clause_opening(view.lex).search(text[view.span[0] : cue.span[0]]))
    opens = opens and not _closing_pair(view, cue, following)
    return opens and not (
        words_in(text, before) >= 3 and _afterthought(view, cue, phrase, before, following)
    )


def _afterthought(
    view: SentenceView, cue: Cue, phrase: SourcePhrase, before: Span, following: Span
) -> bool:
    """Whether what follows the source only adds to the claim before it (a relative, a
    participle, a setting, a quotation after a colon), so that the claim is before."""
    text = view.text
    short, relative = afterthoughts(view.lex)
    afterthought = short.match(text[following[0] :]) or relative.match(text, following[0])
    # "…, selon l'agence, qui ajoute que…": the relative says more, the claim is before;
    # so too after the source's description (« selon X, pharmacienne à Lunel, qui précise »)
    # "…, selon X, passant même devant…": a participle adds to the claim before
    afterthought = afterthought or participle_afterthought(text[following[0] :], view.lex)
    # « C, à en croire X interrogé dans Forum: « … » »: the quotation is X's own words
    afterthought = afterthought or text[: phrase.mark_end].rstrip().endswith(":")
    afterthought = afterthought or setting_afterthought(text[following[0] : following[1]], view.lex)
    # « C, selon X, invité sur une radio », « C, selon X, élus au comité, … »: a participle
    # describes X or C, unless C ends on an auxiliary it completes (« Le quartier est, selon X,
    # devenu invivable »: review32)
    participle = closing_participle(text[following[0] : following[1]], view.lex)
    participle = participle or _apposed_participle(view, following)
    participle = participle or sums_up_before(view, cue, before, following)  # « …, un nombre »
    return bool(afterthought or (participle and not _ends_on_auxiliary(view, before)))


def _apposed_participle(view: SentenceView, following: Span) -> bool:
    """« C, selon un élu, venus pour défendre le service, dans la Manche. », « C, selon X, élu
    au comité central. »: a French past participle of any ending (lexicon
    past_participle_endings) opening what follows the source, with no finite verb after it,
    is an apposition to C or to X, never a claim (recall32); the claim is before. An adverb
    is none (« parfois », « quasi »: review32; sentence_parts.past_participle)."""
    words = tokens(view.text, following, view.lex.language)
    if view.lex.language != "fr" or not words or not words[0].text[:1].islower():
        return False
    if not past_participle(words[0].text, view.lex):
        return False
    return not holds_finite_verb(view.text, following, view.lex)


def _ends_on_auxiliary(view: SentenceView, before: Span) -> bool:
    """Whether C ends on an auxiliary or a copula (« est », « a », « aurait »)."""
    words = tokens(view.text, before, view.lex.language)
    return bool(words) and fold(words[-1].text) in _auxiliaries(view.lex)


@built_once
def _auxiliaries(lex: Lexicon) -> frozenset[str]:
    """The auxiliaries and copulas a participle may complete."""
    keys = ("auxiliaries", "copula_forms", "being_auxiliaries", "auxiliaries_after_reflexive")
    return lex.word_sets(*keys)


def _closing_pair(view: SentenceView, cue: Cue, following: Span) -> bool:
    """ "C1, selon le maire, et C2, selon les associations", « C1, selon l'intersyndicale,
    avec 280 000 personnes, contre 16 000 selon la préfecture, un écart… »: a second
    « selon » that names a source, after the first one, reports the part after the first
    one, which closes its own part before it."""
    for other in view.cues:
        inside = other.kind == "according" and following[0] < other.span[0] < following[1]
        if inside and (_closing_source(view, other) or names_source(view, other)):
            return True
    return False


def _before_later_pair(view: SentenceView, content: Span) -> Span:
    """« Selon les organisateurs, ils étaient 10 000, et 2 500 selon la préfecture »: the
    opening source's claim ends where the part of a later « selon » that names someone
    starts (its comma or « et » left out)."""
    for other in view.cues:
        inside = other.kind == "according" and content[0] < other.span[0] < content[1]
        phrase = source_phrase(view, other) if inside else None
        aside = phrase is not None and closes_aside(view.text, phrase.span[1])  # nested in C
        if phrase and not aside and names_source(view, other) and not _taken_up(view, other):
            start = _part_start(view, other)
            if content[0] < start < other.span[0]:
                cut = _separator_tail(view.lex).sub("", view.text[content[0] : start])
                return strip_span(view.text, (content[0], content[0] + len(cut)))
    return content


def _taken_up(view: SentenceView, cue: Cue) -> bool:
    """« Pour l'intersyndicale, C, avec 240 000 personnes recensées selon eux »: a pronoun
    after « selon » takes the earlier source up again; it is no second source of a pair."""
    pronouns = view.lex.word_set("pronouns") - view.lex.word_set("determiners")
    return word_after(view, cue) in pronouns


@built_once
def _separator_tail(lex: Lexicon) -> re.Pattern[str]:
    """The comma or word of ``according_pair_breaks`` that closes a part of a pair."""
    return re.compile(rf"[\s,]*(?:\b(?:{lex.one_of('according_pair_breaks')})\s*)?$")


def _closing_source(view: SentenceView, other: Cue) -> bool:
    """ ", selon les associations." closing the sentence, its comma before it."""
    comma = view.text[: other.span[0]].rstrip().endswith(",")
    return comma and _CLOSING_SOURCE.fullmatch(view.text, other.span[1], view.span[1]) is not None


_CLOSING_SOURCE = re.compile(r"[^,;:«»“”\"]{2,80}?[.!?…]?\s*")


def _part_start(view: SentenceView, cue: Cue) -> int:
    """Where the part a closing « selon » reports starts: past an earlier « selon X » of the
    sentence, at the last comma or « et » after it (« C1, selon le maire, et C2, selon
    X », « 10 000 selon les organisateurs et 2 500 selon la police », « Selon
    les organisateurs, ils étaient 10 000, et 2 500 selon la préfecture »): each source
    gives its own figure, and the keys hold the second one's part alone."""
    start, text = view.span[0], view.text
    limit = start + len(text[start : cue.span[0]].rstrip(" ,"))  # its own comma: no break
    start = text.rfind(";", start, cue.span[0]) + 1 or start  # past a « ; » (mend55f)
    if _taken_up(view, cue):
        return start
    for other in view.cues:
        if other.kind == "according" and other.span[1] < cue.span[0]:
            phrase = source_phrase(view, other)
            if phrase is None:
                continue
            end = max(start, phrase.span[1])
            start = _pair_break(view.lex).match(view.text, end, max(end, limit)).end()
    return start


@built_once
def _pair_break(lex: Lexicon) -> re.Pattern[str]:
    """Up to the last comma (never one between digits), semicolon or word of lexicon
    ``according_pair_breaks`` (« et ») before a closing « selon »; « contre » stays in the
    part, as the keys hold it (« contre seulement 16 000 »)."""
    breaks = lex.one_of("according_pair_breaks")
    return re.compile(rf"(?:.*(?:,(?!\d)|;|\b(?:{breaks})\b)\s*)?", re.S)


@built_once
def _aside_relative(lex: Lexicon) -> re.Pattern[str]:
    """A relative set off by commas right after the source (lexicon
    ``source_aside_relatives``: « D'après le Point, dont le numéro paraît jeudi, X… »): it
    says more of the source, and the claim starts after its comma."""
    return re.compile(rf"(?:{lex.one_of('source_aside_relatives')})\b[^,]*,\s*")
