"""A quotation after a colon whose lead names one person, when the colon rule read no
subject before the colon (rules/colon_quotes; recall20).

« Sa maman, Gaëlle, va poser un congé mardi : « … » », « Une situation difficile pour le maire,
Pierre-Yves Bonnivard : « … » », « et la maire, Véronique X, qui décide d'en appeler au
préfet : « … » »: the verb before the colon is no reporting verb and often none the lexicon
knows, the subject may be a description, a name set in apposition or no subject at all; but a
quotation a colon opens in the body is keyed as someone's words nearly always (192 of 198 in
the corpus, the unkeyed ones headlines), and when the lead names one person, it is theirs.
"""

from __future__ import annotations

from quizapp.draft.findings import Span
from quizapp.draft.names.naming.gender import first_name_gender
from quizapp.draft.pipeline.attributions import Draft, SentenceView
from quizapp.draft.pipeline.resolve import Registry
from quizapp.draft.shapes.colons.colon_quotation import colon_draft, inner, quotation_colon
from quizapp.draft.text.segment import words_in
from quizapp.draft.words.lexicon import fold

# A lead of a sentence with a colon quotation may hold an aside, an apposition and a purpose
# clause (« Comme proposé par le directeur, sa maman, Gaëlle, va poser un congé mardi pour
# que… : »): longer than the 16 words the colon rule reads a subject over.
LEAD_WORDS = 30
# A quotation of fewer words after a colon is rather a title or a name (« a lu : « Le Petit
# Prince » »).
_QUOTED_WORDS = 4


def named_in_lead(view: SentenceView, registry: Registry) -> Draft | None:
    """The quotation the colon opens, given to the one named person its lead mentions."""
    quotes = view.opened_quotes()
    colon = quotation_colon(view, quotes, LEAD_WORDS) if quotes else None
    if colon is None:
        return None
    content = inner(view.text, (quotes[0][0], quotes[-1][1]))
    if words_in(view.text, content) < _QUOTED_WORDS:
        return None
    person = one_person_named(view, registry, colon)
    return None if person is None else colon_draft(view.text, quotes, person)


def one_person_named(view: SentenceView, registry: Registry, end: int = -1) -> Span | None:
    """The mention of the one named person met in this sentence (before ``end`` when given);
    None for none or two."""
    start, end = view.span[0], view.span[1] if end < 0 else end
    found: dict[str, Span] = {}
    for seen in registry.seen:
        entity = registry.entity(seen.key)
        if not (start <= seen.offset < end and entity.person and entity.label == "named"):
            continue
        if not _after_preposition(view, seen.offset):  # « Surveillant à Bois d'Arcy, … »
            spans = [m for m in entity.mentions if m[0] == seen.offset]
            found.setdefault(seen.key, spans[0] if spans else (seen.offset, seen.offset))
    return next(iter(found.values())) if len(found) == 1 else None


def told_from(view: SentenceView) -> int:
    """Where a lone quotation's sentence starts to be weighed (lone_quotes/alone): after the colon
    that opens its quotations (« Le prévenu adresse ses excuses : « … » »: the quotation is
    all it says from there), else at its start."""
    quotes = view.opened_quotes()
    colon = quotation_colon(view, quotes, LEAD_WORDS) if quotes else None
    return view.span[0] if colon is None else colon + 1


def _after_preposition(view: SentenceView, offset: int) -> bool:
    """A name right after a preposition of place (lexicon ``lead_name_prepositions``: « à
    Bois d'Arcy », « en Haute-Savoie ») that opens on no first name of the lexicon: a place,
    never a second person of the lead (« rend visite à Lucien X » names one)."""
    before = [t for t in view.tokens if t.end <= offset][-1:]
    name = next((t.text for t in view.tokens if t.start >= offset), "")
    place = bool(before) and fold(before[0].text) in view.lex.word_set("lead_name_prepositions")
    return place and not first_name_gender(name.split("-")[0], view.lex)
