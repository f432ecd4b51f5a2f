"""A source cited inside a quotation (French): « "Le Valais central c'est 104'000 habitants.
Selon les prévisions, dans vingt ans il y aura 144'000 habitants", explique X ». The quoted
speaker reports what the forecasts say: the clause after « Selon les prévisions, » is their
according-to statement, besides the quotation being the speaker's own words.

Cues are never read inside quotations (reporting/cues.py), so, as told_inside.py does for a
third party telling (« Il m'a dit que… »), this reads inside each quotation a direct or mixed
finding holds: « selon / d'après » (lexicon ``according_inside_cues``) opening the quotation
or one of its sentences, a source phrase up to a comma, then the clause, to the end of its
sentence inside the quotation. Not the speaker's own view or knowledge (« Selon moi », « Selon
mes prévisions », « D'après ce que je sais »: a first person word of the lexicon
``first_person_words`` in the source unless a person follows it, « notre avocat », or
``according_inside_own_openings``), nor « selon les cas » (lexicon ``according_criteria``),
nor a question to the listener (« Selon vous, … ? »: ``second_person_words``, or a clause
ending on « ? »; mend49b). split49 (docs/drafting.md): two keyed statements read as one finding;
over the French corpus this adds 4 findings, 3 keyed (the stand-in not read)."""

from __future__ import annotations

import re

from quizapp.draft.findings import Attribution
from quizapp.draft.pipeline.attributions import SentenceView
from quizapp.draft.pipeline.resolve import Registry
from quizapp.draft.pipeline.resolved_drafts import resolved
from quizapp.draft.shapes.detect.view import Draft, strip_span
from quizapp.draft.text.segment import Span
from quizapp.draft.uncued.rules.inside_quotes.held import held_quotes
from quizapp.draft.words.lexicon import (
    Lexicon,
    alternation,
    built_once,
    folded_words,
    people_nouns,
)

ACCORDING_INSIDE_CONFIDENCE = 0.5  # a nested source, as told_inside's nested report
_HOLDING_KINDS = ("direct", "mixed")
_CLAUSE_END = re.compile(r"[.!?…]\s|[»”\"]")


def according_inside(
    view: SentenceView, new: list[Attribution], registry: Registry
) -> list[Attribution]:
    """Each « Selon X, … » opening a sentence inside a quotation ``new`` attributes, as X's
    according-to statement resolved by ``registry``. The one quoted stays the speaker heard
    last (a later « poursuit-il » is them), as told_inside keeps them."""
    if not view.lex.raw.get("according_inside_cues"):
        return []
    holder = registry.last_speaker_key()
    result = []
    for found, quote in held_quotes(view, new, _HOLDING_KINDS):
        cited = (resolved(view, draft, registry) for draft in _cited_in(view, quote))
        result += [c for c in cited if c is not None and c.speaker != found.speaker]
    if result and holder is not None:
        registry.heard_last(holder)
    return result


def _cited_in(view: SentenceView, quote: Span) -> list[Draft]:
    """The according-to drafts of the sentences of ``quote`` that open on « selon X, »."""
    drafts = []
    for cited in _opening(view.lex).finditer(view.text, quote[0] + 1, quote[1] - 1):
        source = strip_span(view.text, (cited.start("source"), cited.end("source")))
        if _own_view(view.text[source[0] : source[1]], view.lex):
            continue
        stop = _CLAUSE_END.search(view.text, cited.end(), quote[1])
        content = strip_span(view.text, (cited.end(), stop.start() if stop else quote[1]))
        if len(view.text[content[0] : content[1]].split()) < 3 or _asked(view.text, stop):
            continue
        cue = (cited.start("cue"), cited.end("cue"))
        drafts.append(
            Draft(content, cue, source, "according_to", None, ACCORDING_INSIDE_CONFIDENCE, "")
        )
    return drafts


def _own_view(phrase: str, lex: Lexicon) -> bool:
    """« moi », « mes prévisions », « ce que je sais », « les cas », « vous »: the speaker's
    own view, a criterion or the one they speak to, no one else cited. A first person
    possessive before a person (« notre avocat ») cites that person (mend49b)."""
    words = folded_words(phrase)
    if not words or not lex.word_set("second_person_words").isdisjoint(words):
        return True
    if _own_opening(words, lex) or not lex.word_set("according_criteria").isdisjoint(words[:2]):
        return True
    first = lex.word_set("first_person_words")
    mine = [at for at, word in enumerate(words) if word in first]
    return bool(mine) and not _person_after(words, mine[0], lex)


def _own_opening(words: list[str], lex: Lexicon) -> bool:
    """The phrase opens on « ce que » (lexicon ``according_inside_own_openings``)."""
    return any(tuple(words[: len(p)]) == p for p in lex.phrases("according_inside_own_openings"))


def _person_after(words: list[str], at: int, lex: Lexicon) -> bool:
    """A person noun right after the first person word (« notre avocat », « mes voisins »):
    a third party the speaker knows, not the speaker's own view."""
    if at + 1 >= len(words):
        return False
    return words[at + 1].removesuffix("s") in people_nouns(lex, "person_subject_noun_lists")


def _asked(text: str, stop: re.Match[str] | None) -> bool:
    """The clause ends on « ? »: a question put to someone (« Selon lui, faut-il… ? »), not a
    statement of the source's."""
    return stop is not None and text[stop.start()] == "?"


@built_once
def _opening(lex: Lexicon) -> re.Pattern[str]:
    """« selon » or « d'après » opening the quotation or a sentence of it (after an opening
    mark, or a full stop and a space), its source phrase with no comma nor mark, a comma."""
    cues = alternation(lex.words("according_inside_cues"))
    lead = r"(?:(?<=[«“\"])|(?<=[«“\"]\s)|(?<=[.!?…]\s))"
    return re.compile(rf"(?i){lead}(?P<cue>{cues})\s+(?P<source>[^,.;:!?«»“”\"()]{{2,60}}?)\s*,\s*")
