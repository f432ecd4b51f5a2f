"""The "selon / d'après / pour / according to / citing X" shape: who X is and which side of
the sentence X's words are on."""

from __future__ import annotations

import re
from typing import NamedTuple

from quizapp.draft.cues import Cue
from quizapp.draft.detect.content_bounds import content_end_text
from quizapp.draft.detect.view import Draft, SentenceView, has_quote, strip_span
from quizapp.draft.lexicon import fold
from quizapp.draft.naming.roles import FRENCH_OF
from quizapp.draft.segment import Span, words_in
from quizapp.draft.sentence.apposition import with_apposition
from quizapp.draft.sentence.sentence_parts import (
    NAME_THEN_CLAUSE,
    between_participle_and_agent,
    described_then_clause,
    participle_afterthought,
    setting_afterthought,
)
from quizapp.draft.sources.according_source import (
    afterthoughts,
    clause_opening,
    closing_description,
    introduces_no_source,
    names_a_source,
    selon_lequel,
)
from quizapp.draft.subjects.noun_phrase import noun_phrase

# A partial quotation set off by commas right before the phrase: what the source says.
_APPOSED_QUOTE = re.compile(r",\s*([«“][^«»“”]{1,60}[»”])\s*,\s*$")


# ----- according to -----
class _SourcePhrase(NamedTuple):
    """The words after "selon / according to" that name the source, up to a mark."""

    span: Span
    mark_end: int  # where the text after the source's closing mark starts
    punctuated: bool  # the phrase ends with a comma or a colon (not "qui", "who"…)
    joined: bool  # "et / and" inside the phrase: a second part follows it


def according_draft(view: SentenceView, cue: Cue) -> Draft | None:
    """The attribution an "according to" cue opens: its source phrase and the side of the
    sentence (before or after the phrase) that holds what the source says."""
    if cue.pronoun is not None and not cue.participle:  # "À ses yeux", not "citing"
        return _possessive_draft(view, cue)
    if fold(view.text[cue.span[0] : cue.span[1]]).startswith("pas question"):
        return _refusal_draft(view, cue)
    relative = _source_relative(view, cue)  # « un rapport d'expert selon lequel… »
    if relative is not None:
        return relative
    if introduces_no_source(view, cue):
        return None
    inserted = between_participle_and_agent(view, cue)  # « justifiée selon X par … »
    if inserted is not None:
        words = view.text[inserted[1][0] : inserted[1][1]]
        return Draft(inserted[0], cue.span, inserted[1], "according_to", None, 0.85, words)
    phrase = _source_phrase(view, cue)
    if phrase is None:
        return None
    content, source = _reported_part(view, cue, phrase)
    content = _before_colon_quote(view.text, content)
    if words_in(view.text, content) < 2:
        return None
    words = view.text[source[0] : source[1]]
    if not names_a_source(view, cue, words):
        return None
    return Draft(content, cue.span, source, "according_to", None, 0.85, words)


_COLON_QUOTE = re.compile(r"\s*:\s*[«“\"]")


def _before_colon_quote(text: str, content: Span) -> Span:
    """« Selon X, tout n'est pas aussi simple : « … » »: the claim ends at the colon; the
    quotation it opens is X's words on their own (rules/alone.quotation_after_colon). A
    stance of two words (« Pour X, aucun doute : « … » ») introduces the quotation instead."""
    colon = _COLON_QUOTE.search(text, content[0], content[1])
    if colon is None or words_in(text, (content[0], colon.start())) < 3:
        return content
    return content[0], colon.start()


def _source_relative(view: SentenceView, cue: Cue) -> Draft | None:
    """« un rapport d'expert selon lequel la copropriété « menace de s'effondrer » »: after a
    noun of a document or an explanation (lexicon according_relative_heads) and its
    complement in « de » that says whose it is, « selon lequel » opens what that noun phrase
    says, to the sentence's end (« une étude selon laquelle… », whose nobody says: nothing)."""
    text = view.text
    relative = selon_lequel(view.lex).match(text, cue.span[1], view.span[1])
    if relative is None or cue.first == 0:
        return None
    heads, determiners = (
        view.lex.word_set("according_relative_heads"),
        view.lex.word_set("determiners"),
    )
    first = max(0, cue.first - 6)
    for at in range(cue.first - 1, first, -1):
        word, before = fold(view.tokens[at].text), fold(view.tokens[at - 1].text)
        if not view.outside[at] or word in {",", ";", ":"}:
            return None
        owned = fold(view.tokens[at + 1].text) in FRENCH_OF if at + 1 < cue.first else False
        if word in heads and before in determiners and owned:
            source = (view.tokens[at - 1].start, view.tokens[cue.first - 1].end)
            content = strip_span(text, (relative.end(), view.span[1]))
            if words_in(text, content) < 3:
                return None
            kind = "mixed" if has_quote(view, content) else "indirect"
            return Draft(content, cue.span, source, kind, None, 0.7, text[source[0] : source[1]])
    return None


def _source_phrase(view: SentenceView, cue: Cue) -> _SourcePhrase | None:
    """The source named after the cue, up to a comma, a colon or a relative ("qui", "who"),
    cut before "et / and" when a clause of its own follows; None when it is too short, too
    long or "nos informations" (the outlet's own)."""
    text, s_end = view.text, view.span[1]
    after = text[cue.span[1] : s_end]
    comma = re.search(
        r"[,:]|\s(?:qui|who|which|ayant|having|speaking|s['’]exprimant)\s|$", _unbracketed(after)
    )
    opening = cue.first == 0 or view.tokens[cue.first - 1].text == ","
    if opening and fold(text[cue.span[0] : cue.span[1]]) == "pour":
        bare = NAME_THEN_CLAUSE.match(after)  # "Pour l'UE cette demande constitue…"
        named = bare and re.search(r"\b[A-Z]{2,}\b|[A-ZÀ-Ö]\w+\s+[A-ZÀ-Ö]", bare.group())
        bare = bare if named else described_then_clause(after, view.lex)  # "pour la syndicaliste"
        if bare and (not comma.group() or comma.start() > bare.end()):
            name = strip_span(text, (cue.span[1], cue.span[1] + bare.end()))  # "l'UE", "X Y"
            return _SourcePhrase(name, name[1], True, False)
    quoted = _quotation_after_source(view, cue, cue.span[1] + comma.start())
    if quoted is not None:  # « D'après X « Les changements… » »: the quotation is what X says
        return _SourcePhrase(strip_span(text, (cue.span[1], quoted)), quoted, True, False)
    source = strip_span(text, (cue.span[1], cue.span[1] + comma.start()))
    joined = re.search(r"\s(?:et|and)\s", text[source[0] : source[1]])
    if joined and words_in(text, (source[0] + joined.end(), source[1])) >= 4:
        source = (source[0], source[0] + joined.start())
    # a long name of a body may close the sentence (« C, d'après X. ») or open it up to its
    # comma (« Selon X pour le compte de Y, C », unless C ends on a source of its own: « …,
    # selon cette source »), never run into a clause with no comma
    later = any(c.kind == "according" and c.first > cue.last for c in view.cues)
    leading = cue.first == 0 and comma.group() == "," and not later
    bounded = (cue.first > 0 and not comma.group()) or leading
    if source[1] - source[0] < 2 or words_in(text, source) > (24 if bounded else 12):
        return None
    if fold(text[source[0] : source[1]]).startswith(("nos informations", "our information")):
        return None
    punctuated = comma.group().startswith((",", ":"))
    return _SourcePhrase(source, cue.span[1] + comma.end(), punctuated, joined is not None)


def _unbracketed(passage: str) -> str:
    """``passage`` with what brackets hold blanked out, same length: a comma inside them ends
    no source (« selon le front commun syndical (CSC, CGSP, SLFP) »)."""
    return _BRACKETED.sub(lambda held: "(" + "_" * (len(held.group()) - 2) + ")", passage)


_BRACKETED = re.compile(r"\([^()]{1,120}\)")


def _quotation_after_source(view: SentenceView, cue: Cue, mark: int) -> int | None:
    """Where a quotation starts that follows the source with no comma and runs to the end of
    the sentence (« D'après Alain Roux « Les changements sont rares » », « Selon elle « … » »):
    a source of one to six words and no cue, a quotation of four words or more."""
    quote = next((q for q in view.quotes if q[0] >= cue.span[1]), None)
    if quote is None or quote[0] > mark or words_in(view.text, quote) < 4:
        return None
    if not 1 <= words_in(view.text, (cue.span[1], quote[0])) <= 6:
        return None
    if any(cue.span[1] <= c.span[0] < quote[0] for c in view.cues):
        return None  # « Selon lui le ministre a dit « … » »: a cue of its own
    ends = re.fullmatch(r"[\s.!?…]*", view.text[quote[1] : view.span[1]]) is not None
    source = strip_span(view.text, (cue.span[1], quote[0]))
    whole = noun_phrase(view.text, source, view.lex) == source  # not « Selon lui X est parti »
    return quote[0] if ends and whole else None


def _reported_part(view: SentenceView, cue: Cue, phrase: _SourcePhrase) -> tuple[Span, Span]:
    """What the source says (the clause after the phrase, or else the words before it) and
    the source, widened to a name in apposition ("Selon le ministre, Bruno Le Maire, la…")."""
    text, (s_start, s_end) = view.text, view.span
    source = phrase.span
    before = strip_span(text, (_part_start(view, cue), cue.span[0]))
    following = strip_span(text, (phrase.mark_end, s_end))
    apposed = with_apposition(view.lex, text, source, s_end)
    after_name = re.match(r"\s*(?:,|[.!?]?\s*$)", text[apposed[1] : s_end])
    if apposed != source and after_name:  # ", according to X, Acme's head of housing."
        source = apposed
        following = strip_span(text, (apposed[1] + after_name.end(), s_end))
    described = closing_description(view, source) if words_in(text, before) >= 3 else None
    if described is not None:  # « C, selon Sytadin, le site web d'information routière. »
        source, following = (source[0], described), (s_end, s_end)
    relative = re.match(r"(?:dont|qui|où|whose|which)\b[^,]*,\s*", text[following[0] : s_end])
    if relative:  # "D'après le Point, dont le numéro paraît jeudi, X…"
        following = strip_span(text, (following[0] + relative.end(), s_end))
    opens_clause = _opens_clause(view, cue, phrase, before, following)
    content = following if opens_clause or words_in(text, before) < 3 else before
    apposed_quote = _APPOSED_QUOTE.search(text, s_start, cue.span[0])
    if apposed_quote and view.lex.language == "fr":  # "X, «président élu», selon l'ONU, a…"
        content = (apposed_quote.start(1), apposed_quote.end(1))
    return content, source


def _opens_clause(
    view: SentenceView, cue: Cue, phrase: _SourcePhrase, before: Span, following: Span
) -> bool:
    """Whether the phrase opens the sentence's claim ("Selon X, la…") rather than closing
    it ("…, selon une source, sans plus de précisions": an afterthought follows)."""
    text = view.text
    opens = phrase.punctuated and words_in(text, following) >= 3 and not phrase.joined
    opens = opens and bool(clause_opening(view.lex).search(text[view.span[0] : cue.span[0]]))
    opens = opens and not _closing_pair(view, cue, following)
    short, relative = afterthoughts(view.lex)
    afterthought = short.match(text[following[0] :]) or relative.match(text, following[0])
    # "…, selon l'agence, qui ajoute que…": the relative says more, the claim is before;
    # so too after the source's description (« selon X, pharmacienne à Lunel, qui précise »)
    # "…, selon X, passant même devant…": a participle adds to the claim before
    afterthought = afterthought or participle_afterthought(text[following[0] :], view.lex)
    # « C, à en croire X interrogé dans Forum: « … » »: the quotation is X's own words
    afterthought = afterthought or text[: phrase.mark_end].rstrip().endswith(":")
    afterthought = afterthought or setting_afterthought(text[following[0] : following[1]], view.lex)
    return opens and not (words_in(text, before) >= 3 and afterthought)


def _closing_pair(view: SentenceView, cue: Cue, following: Span) -> bool:
    """ "C1, selon le maire, et C2, selon les associations": a second « selon » that closes
    the sentence with its source alone closes the part after the first one, which closes
    its own part before it."""
    for other in view.cues:
        inside = other.kind == "according" and following[0] < other.span[0] < following[1]
        if inside and view.text[: other.span[0]].rstrip().endswith(","):
            return _CLOSING_SOURCE.fullmatch(view.text, other.span[1], view.span[1]) is not None
    return False


_CLOSING_SOURCE = re.compile(r"[^,;:«»“”\"]{2,80}?[.!?…]?\s*")


def _part_start(view: SentenceView, cue: Cue) -> int:
    """Where the part a closing « selon » reports starts: past an earlier « selon X, » of the
    sentence that closed its own part (« C1, selon le maire, et C2, selon X »)."""
    start = view.span[0]
    for other in view.cues:
        if other.kind == "according" and other.span[1] < cue.span[0] and other.first > 0:
            phrase = _source_phrase(view, other)
            if phrase is None:
                continue
            end = phrase.mark_end  # « selon X qui a requis l'anonymat, »: past the relative
            end = end if phrase.punctuated else view.text.find(",", end, cue.span[0]) + 1
            start = end if 0 < end < cue.span[0] else start
    return start


def _possessive_draft(view: SentenceView, cue: Cue) -> Draft | None:
    """ "À ses yeux, la réforme est indispensable" / "…, in her view.": the claim is the
    rest of the sentence; the possessive is resolved like a pronoun."""
    text, (s_start, s_end) = view.text, view.span
    before = strip_span(text, (s_start, cue.span[0]))
    after = strip_span(text, (cue.span[1], s_end))
    content = after if words_in(text, after) >= words_in(text, before) else before
    if words_in(text, content) < 3:
        return None
    kind = "mixed" if has_quote(view, content) else "according_to"
    return Draft(content, cue.span, None, kind, cue.pronoun, 0.6, "")


def _refusal_draft(view: SentenceView, cue: Cue) -> Draft | None:
    """ "pas question pour Paris de « commenter les rumeurs »": Paris refuses; the whole
    phrase is what it says."""
    text = view.text
    agent = re.match(r"\s*((?:[\w'’.-]+\s+){0,5}?[\w'’.-]+)\s+(?=d['’]|de\s)", text[cue.span[1] :])
    if agent is None:
        return None
    source = (cue.span[1] + agent.start(1), cue.span[1] + agent.end(1))
    content = strip_span(text, (cue.span[0], content_end_text(view, source[1])))
    if words_in(text, content) < 5:
        return None
    kind = "mixed" if has_quote(view, content) else "according_to"
    return Draft(content, cue.span, source, kind, None, 0.6, "")
