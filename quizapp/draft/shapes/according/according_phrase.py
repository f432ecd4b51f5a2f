"""Where the source of "selon / d'après / pour / according to / citing X" ends: at a comma,
a colon, a relative or a participle (lexicon ``source_phrase_stops``), before "et / and" when
a clause of its own follows, or where a quotation of X's own words opens. Split out of
according.py (structure18, then in detect/), which reads which side of the sentence holds the
claim (according/according_claim.py) once this has found the phrase."""

from __future__ import annotations

import re
from typing import NamedTuple

from quizapp.draft.clause.noun_phrases.noun_phrase import noun_phrase
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.shapes.detect.view import SentenceView, strip_span
from quizapp.draft.text.segment import Span, words_in
from quizapp.draft.text.sentence.sentence_parts import NAME_THEN_CLAUSE, described_then_clause
from quizapp.draft.words.lexicon import Lexicon, built_once, fold

_STOPS_ONLY = re.compile(r"[\s.!?…]*")


class SourcePhrase(NamedTuple):
    """The words after "selon / according to" that name the source, up to a mark."""

    span: Span
    mark_end: int  # where the text after the source's closing mark starts
    punctuated: bool  # the phrase ends with a comma or a colon (not "qui", "who"…)
    joined: bool  # "et / and" inside the phrase: a second part follows it


def source_phrase(view: SentenceView, cue: Cue) -> SourcePhrase | None:
    """The source named after the cue, up to a comma, a colon or a relative ("qui", "who"),
    cut before "et / and" when a clause of its own follows; None when it is too short, too
    long or "nos informations" (the outlet's own). Read once per cue of the sentence: each
    later « selon » asks it again (hostile56)."""
    key = ("source_phrase", cue)
    if key not in view.memo:
        view.memo[key] = _source_phrase(view, cue)
    return view.memo[key]  # type: ignore[return-value]


def _source_phrase(view: SentenceView, cue: Cue) -> SourcePhrase | None:
    """``source_phrase``, worked out."""
    text = view.text
    after = text[cue.span[1] : view.span[1]]
    comma = _phrase_end(view.lex).search(_unbracketed(after))
    opening = cue.first == 0 or view.tokens[cue.first - 1].text == ","
    unstopped = _unstopped(view, cue, after, comma, opening)
    if unstopped is not None:
        return unstopped
    source = _inside_brackets(text, strip_span(text, (cue.span[1], cue.span[1] + comma.start())))
    pronoun = _pronoun_alone(view, source)
    if pronoun is not None:  # « recensées selon eux dans la manifestation »: « eux » alone
        return SourcePhrase(pronoun, pronoun[1], False, False)
    joined = _joining(view.lex).search(text[source[0] : source[1]])
    if joined and words_in(text, (source[0] + joined.end(), source[1])) >= 4:
        source = (source[0], source[0] + joined.start())
    if not _fits(view, cue, source, comma):
        return None
    source = title_inside(view, source)  # « selon «The Independent» »: the paper's name
    # « Selon un proche qui a requis l'anonymat, C »: the relative describes X, C follows it
    described = _comma_after_description(view, cue, after, comma) if opening else None
    closing = described or comma
    punctuated = closing.group().startswith((",", ":"))
    return SourcePhrase(source, cue.span[1] + closing.end(), punctuated, joined is not None)


def _unstopped(
    view: SentenceView, cue: Cue, after: str, stop: re.Match[str], opening: bool
) -> SourcePhrase | None:
    """A source that ends before its stop: a name or a description after « Pour » opening the
    sentence or a clause, its clause right after it with no comma (« Pour l'UE cette demande
    constitue… », « pour la syndicaliste »), or words followed by a quotation of the source's
    own (« D'après X « Les changements… » »: the quotation is what X says)."""
    text = view.text
    if opening and fold(text[cue.span[0] : cue.span[1]]) == "pour":
        bare = NAME_THEN_CLAUSE.match(after)  # "Pour l'UE cette demande constitue…"
        named = bare and re.search(r"\b[A-Z]{2,}\b|[A-ZÀ-Ö]\w+\s+[A-ZÀ-Ö]", bare.group())
        bare = bare if named else described_then_clause(after, view.lex)  # "pour la syndicaliste"
        if bare and (not stop.group() or stop.start() > bare.end()):
            name = strip_span(text, (cue.span[1], cue.span[1] + bare.end()))  # "l'UE", "X Y"
            return SourcePhrase(name, name[1], True, False)
    group = _group_then_clause(view, cue, after) if opening else None
    if group is not None:  # « Pour certains ce n'est pas… », « Pour d'autres en revanche, C »
        return group
    quoted = _quotation_after_source(view, cue, cue.span[1] + stop.start())
    if quoted is None:
        return None
    return SourcePhrase(strip_span(text, (cue.span[1], quoted)), quoted, True, False)


def _group_then_clause(view: SentenceView, cue: Cue, after: str) -> SourcePhrase | None:
    """« Pour certains ce n'est pas un problème », « Pour d'autres en revanche, c'est… »: a
    part of the people (lexicon ``pour_group_pronouns``) after « Pour » opening the sentence,
    then, past a connective (``pour_group_connectives``), a comma and a subject pronoun
    (``pour_group_subjects``), or no comma and a clause of judgement
    (``pour_group_judgements``: « ce n'est pas », « c'est »), that opens the claim (mixed36):
    the group alone is the source. With no comma any other clause tells a fact of part of
    the group (« Pour la plupart ils sont rentrés à pied », « Pour certains il a fallu
    attendre »: mend36c, review36 item 10b)."""
    if fold(view.text[cue.span[0] : cue.span[1]]) != "pour":
        return None
    found = _group_clause(view.lex).match(after)
    if found is None:
        return None
    source = (cue.span[1] + found.start(1), cue.span[1] + found.end(1))
    return SourcePhrase(source, cue.span[1] + found.end(), True, False)


@built_once
def _group_clause(lex: Lexicon) -> re.Pattern[str]:
    """A group pronoun, a connective maybe, then a comma and a subject pronoun, or no comma and
    a clause of judgement; then more words."""
    groups, links = lex.one_of("pour_group_pronouns"), lex.one_of("pour_group_connectives")
    subjects, judgements = lex.one_of("pour_group_subjects"), lex.one_of("pour_group_judgements")
    opening = rf"(?:\s*,\s*(?:{subjects})\b|\s+(?:{judgements})\b)"
    return re.compile(
        rf"\s*((?:{groups}))(?:\s+(?:{links}))?(?={opening}\s*\S+(?:\s+\S+){{2}})",
        re.IGNORECASE,
    )


def _fits(view: SentenceView, cue: Cue, source: Span, stop: re.Match[str]) -> bool:
    """The source is two characters or more and not the outlet's own (« nos informations »,
    lexicon ``own_information``), of 12 words at most, or 24 when bounded: a long name of a
    body may close the sentence (« C, d'après X. ») or open it up to its comma (« Selon X
    pour le compte de Y, C », unless C ends on a source of its own: « …, selon cette
    source »), never run into a clause with no comma."""
    text = view.text
    later = any(c.kind == "according" and c.first > cue.last for c in view.cues)
    leading = cue.first == 0 and stop.group() == "," and not later
    bounded = (cue.first > 0 and not stop.group()) or leading
    if source[1] - source[0] < 2 or words_in(text, source) > (24 if bounded else 12):
        return False
    own = tuple(view.lex.words("own_information"))
    return not fold(text[source[0] : source[1]]).startswith(own)


def _pronoun_alone(view: SentenceView, source: Span) -> Span | None:
    """A personal pronoun opening a longer source (« selon eux dans la manifestation partie
    du Vieux-Port »): a pronoun takes no complement, so it is the source by itself and the
    words after it belong to the claim (lexicon ``pronouns``, less the possessives)."""
    first = next((t for t in view.tokens if t.start >= source[0]), None)
    if first is None or first.end >= source[1]:
        return None
    pronouns = view.lex.word_set("pronouns") - view.lex.word_set("determiners")
    return (first.start, first.end) if fold(first.text) in pronouns else None


def _comma_after_description(
    view: SentenceView, cue: Cue, after: str, stop: re.Match[str]
) -> re.Match[str] | None:
    """The comma that closes a relative or a participle describing the source when the phrase
    opens its sentence or clause (« Selon un sous-traitant qui n'a pas révélé le nom de sa
    compagnie, l'avion… »): the description belongs to the source and the claim starts after
    the comma. None when the stop is a mark, no comma follows within fourteen words, or a cue
    of its own stands in the description (« selon X qui a ajouté que… ») other than the wish
    to stay unnamed."""
    if stop.group() in (",", ":", ";", ""):
        return None
    comma = re.compile(r"[,:]").search(_unbracketed(after), stop.end())
    if comma is None or len(after[: comma.start()].split()) > 14:
        return None
    start, end = cue.span[1] + stop.start(), cue.span[1] + comma.start()
    cued = any(start <= c.span[0] < end for c in view.cues)
    if (cued and not _says_anonymity(view, (start, end))) or not after[comma.end() :].strip():
        return None
    return comma


def _says_anonymity(view: SentenceView, description: Span) -> bool:
    """The description is only the source's wish to stay unnamed (lexicon ``anonymity_markers``:
    « qui a requis l'anonymat »), whose verb reports nothing."""
    described = fold(view.text[description[0] : description[1]])
    return any(marker in described for marker in view.lex.words("anonymity_markers"))


def _inside_brackets(text: str, source: Span) -> Span:
    """« (500 selon les organisateurs). »: a source said inside brackets ends at the bracket
    that closes them, which is no part of its words (« les organisateurs) » read as a name,
    speakers23: 5 findings in 3 batches)."""
    depth = 0
    for at in range(source[0], source[1]):
        depth += {"(": 1, ")": -1}.get(text[at], 0)
        if depth < 0:
            return strip_span(text, (source[0], at))
    return source


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
    ends = _STOPS_ONLY.fullmatch(view.text[quote[1] : view.span[1]]) is not None
    source = strip_span(view.text, (cue.span[1], quote[0]))
    whole = noun_phrase(view.text, source, view.lex) == source  # not « Selon lui X est parti »
    return quote[0] if ends and whole else None


@built_once
def _phrase_end(lex: Lexicon) -> re.Pattern[str]:
    """What ends the source's words: a comma, a colon, a semicolon (« (500 selon X ; 300
    selon Y) », reply55), a word of lexicon ``source_phrase_stops`` between spaces (« qui »,
    « ayant », "who", "speaking"), a dash closing an aside (« …, selon le parquet - avait
    favorisé… ») or the sentence's end."""
    return re.compile(rf"[,:;]|\s(?:{lex.one_of('source_phrase_stops')})\s|\s[-–—]\s|$")


@built_once
def _joining(lex: Lexicon) -> re.Pattern[str]:
    """A conjunction inside the source's words (lexicon ``source_phrase_joins``: « et »,
    "and") after which a clause of its own may follow."""
    return re.compile(rf"\s(?:{lex.one_of('source_phrase_joins')})\s")


def title_inside(view: SentenceView, source: Span) -> Span:
    """A source that is all one quotation of a few words opening on a capital (« selon
    «The Independent» », « relate «Le Dauphiné» »): the title of a paper or a programme
    written in marks, named by the words inside them; any other source as it is."""
    quote = next((q for q in view.quotes if q[0] == source[0] and q[1] == source[1]), None)
    if quote is None:
        return source
    inside = strip_span(view.text, (quote[0] + 1, quote[1] - 1))
    opening = view.text[inside[0] : inside[1]][:1]
    return inside if opening.isupper() and 1 <= words_in(view.text, inside) <= 5 else source
