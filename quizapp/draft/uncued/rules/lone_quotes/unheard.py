"""Quotations in marks that no rule gives a speaker, released by the released36 pass after
counting, over the corpus and blind27-34, at which stage each unreported quotation was dropped:

- a full quotation standing alone before anyone in the article was heard, with no subject in
  its sentence or the sentences before to give it (« Des élèves en manque de bancs. « Il
  manque des places ! » Ce sont les parents d'élèves qui… »): keyed as someone's words 40
  times in 44 over the corpus, 10 in 12 on blind27-34 (``unheard_quote``);
- a quotation of eight words or more in a sentence with a cue that none of the cue's shapes
  took (``unclaimed_quotes``): 30 in 40, and 11 in 12.

recall43 lowered the length to seven words (``LONG``, which ``framed`` reads too): run over
the whole French corpus, the quotations of seven words it adds are keyed 10 times in 15 (6 in
9 on blind27-41); at six words the added ones would be keyed 17 in 27, those of six words
alone 7 in 12, under the 60 % bar, and at five words 21 in 44.

The analysis keeps them aside while it reads (out of the findings, so that no later rule
takes them for the last speaker's) and, once every name is met, gives each the named person
whose mention lies nearest to it, before or after, with a low confidence (a draft "to
check"); recall at 30 % asks for no speaker, and the nearest name is the key's more often
than not."""

from __future__ import annotations

import re

from quizapp.draft.findings import Attribution, Span
from quizapp.draft.pipeline.resolve import Registry
from quizapp.draft.shapes.colons.colon_quotation import inner
from quizapp.draft.shapes.detect.view import SentenceView, overlap
from quizapp.draft.speakers.entity import each_once, named_person
from quizapp.draft.text.segment import words_in
from quizapp.draft.uncued.going_on.quoted_on import quotes_after_colon
from quizapp.draft.uncued.rules.lone_quotes.alone import (
    cue_may_follow,
    fresh_subject,
    full_quotes,
    quoted,
)
from quizapp.draft.words.folding import folded_words
from quizapp.draft.words.lexicon import Lexicon

CONFIDENCE = 0.4  # a guess: under the 0.7 that marks a proposal "to check"
LONG = 7  # words: a quotation this long is someone's words, not a quoted name or phrase
RELEASED = 8  # words: the length released36 set, whose quotations no guard of recall43 drops


def unclaimed_quotes(
    view: SentenceView, new: list[Attribution], earlier: list[Attribution]
) -> list[Span]:
    """The contents of the quotations of seven words or more (``LONG``) opening in a sentence
    with a cue that no shape of the cue took, nor any finding before (« Pour X, maire d'Y,
    l'impact n'est pas acceptable « Nous avons déjà … ? » »): counted by released36 at eight
    words, the keys hold them as someone's words 30 times in 40 over the corpus, 11 in 12 on
    blind27-34."""
    if not view.cues:
        return []
    taken = [a.content for a in new + earlier]
    return [
        inner(view.text, q)
        for q in view.quotes
        if q[0] >= view.span[0]
        and words_in(view.text, q) >= LONG
        and not any(overlap(q, s) for s in taken)
        and not _names_the_noun_before(view, q)
    ]


def colon_quotes(
    view: SentenceView, new: list[Attribution], earlier: list[Attribution]
) -> list[Span]:
    """The content (a list of one, or none) of the quotations a colon opens, five words or
    more, that no rule took (« Le délégué syndical est pessimiste : « Sur les 70 salariés… » »,
    « La Ville l'écrit dans un communiqué : « … » »): the narration before the colon says who
    speaks, yet it holds no cue. split44 counted them over the whole French corpus before the
    rule: 16 quotations, all keyed (8 of 8 on blind27-42); of four words or fewer, 0 of 5. The
    quotation must close its sentence (recall20: one the sentence goes on after is not alone)."""
    quotes = [] if view.lex.language != "fr" else quotes_after_colon(view)
    if not quotes:
        return []  # English: not counted (mend44b; "a banner: « No to … »" is no protester's)
    content = inner(view.text, (quotes[0][0], quotes[-1][1]))
    taken = [a.content for a in new + earlier]
    if words_in(view.text, content) < COLON_LONG or any(overlap(content, s) for s in taken):
        return []
    if _WORD.search(view.text, quotes[-1][1], view.span[1]):
        return []  # « … : « … », et l'assurance ne répond pas »: not all the sentence says
    return [content]


COLON_LONG = 5  # words: after a colon, shorter quotations are a name or a phrase (0 of 5 keyed)
_WORD = re.compile(r"\w")


def _names_the_noun_before(view: SentenceView, quote: Span) -> bool:
    """A quotation of seven words right after a determiner and its noun that names the thing
    that noun is, nobody's words (« vantait le programme « lire et écrire chaque jour au
    collège » »): the noun is a titled thing (lexicon ``titled_thing_nouns``) or the words
    speak in no first or second person (``speaking_person_words``). Never a quotation of eight
    words or more (``RELEASED``: found before recall43), nor one that speaks after a noun of a
    person (« interpelle le préfet « vous avez laissé … » »; mend43b, review43 item 3)."""
    before = folded_words(view.text[view.span[0] : quote[0]])
    if words_in(view.text, quote) >= RELEASED or len(before) < 2:
        return False
    if before[-2] not in view.lex.word_set("determiners"):
        return False
    if before[-1] in view.lex.word_set("titled_thing_nouns"):
        return True
    start, end = inner(view.text, quote)
    speaking = view.lex.word_set("speaking_person_words")
    return not any(w.strip(_PUNCTUATION) in speaking for w in folded_words(view.text[start:end]))


_PUNCTUATION = ',;:.!?…«»“”"()'


def unheard_quote(
    view: SentenceView,
    registry: Registry,
    new: list[Attribution],
    earlier: list[Attribution],
    text: str,
) -> list[Span]:
    """The content (a list of one, or none) of a full quotation standing alone before anyone
    in the article was heard, whose sentence and the sentences before name no subject to give
    it: ``alone.standalone_quote`` leaves it, yet the keys hold it as someone's words nine
    times in ten (released36), so it is kept aside and given its speaker once the article is
    read (``released``)."""
    if earlier or view.cues or not all(quoted(view, a.content) for a in new):
        return []
    full = [
        q for q in full_quotes(view, earlier, text) if not any(overlap(q, a.content) for a in new)
    ]
    if not full or any(q[1] > view.span[1] and cue_may_follow(text, q[1]) for q in view.quotes):
        return []
    if re.match(r"[ \t]+[^\W\d_A-Z]", text[full[-1][1] : view.span[1]]):
        return []  # « « La vie est un long fleuve… » ressort en salles »: a subject, quoted
    before = folded_words(text[view.span[0] : full[0][0]])
    if before and before[-1] in view.lex.word_set("determiners"):
        return []  # « reçu par la « commission … » »: a quoted name, nobody's words
    if fresh_subject(view, registry, earlier, text) is not None:
        return []  # standalone_quote gave it
    return [inner(text, (full[0][0], full[-1][1]))]


def released(
    unheard: list[Span], found: list[Attribution], registry: Registry, paras: list[Span]
) -> list[Attribution]:
    """``found`` with each unheard quotation that no finding covers after all (a quotation
    given to the next sentence's subject, joined to another) given to its nearest named
    speaker; in text order. None in a first paragraph read as a headline (``headline_end``),
    nor for a quotation the words after it name as a title, a slogan or a question."""
    lead_end = headline_end(registry.text, paras)
    taken = [a.content for a in found]
    added = []
    for content in unheard:
        if content[0] < lead_end or any(overlap(content, s) for s in taken):
            continue
        taken.append(content)  # a quotation over several sentences, set aside once
        if _named_as_words(registry.text, content, registry.lex):
            continue
        nearest = nearest_named(content, registry, paragraph_reach(registry.text, content, paras))
        if nearest is not None:
            name, label = nearest
            added.append(
                Attribution(content, None, None, name, None, "direct", label, None, CONFIDENCE)
            )
    return sorted(found + added, key=lambda a: a.content[0]) if added else found


def headline_end(text: str, paras: list[Span]) -> int:
    """Where the article's first paragraph ends when it reads as a headline, with no full
    stop (« Grève à l'usine : « Nous irons jusqu'au bout » »), though the caller gave another
    headline or none; else 0. A quotation there is the outlet's framing (``pull_quotes``)."""
    if not paras or "." in text[paras[0][0] : paras[0][1]]:
        return 0
    return paras[0][1]


def _named_as_words(text: str, content: Span, lex: Lexicon) -> bool:
    """« « Tous ensemble ! » Le slogan du comité… », « « Faut-il fermer… ? » La question
    divise… »: the words right after the quotation call it a slogan, a title or a question
    (lexicon quotation_naming_nouns, after a determiner): quoted words, nobody's saying
    (review36, item 4)."""
    words = folded_words(text[content[1] : content[1] + 60].lstrip(_CLOSING))[:2]
    return (
        len(words) == 2
        and words[0] in lex.word_set("determiners")
        and words[1] in lex.word_set("quotation_naming_nouns")
    )


_CLOSING = " \t»”\"'’.!?…,;:"


def paragraph_reach(text: str, content: Span, paras: list[Span]) -> Span:
    """Where the named person may be mentioned: the quotation's paragraph, and the next one
    when the quotation ends its own (narration after it in its paragraph tells about it).
    Measured over the corpus (mend36d): names further off were the key's speaker 5 times in
    16 French guesses."""
    here = [p for p in paras if p[0] <= content[1] <= p[1]] or [(content[0], content[1])]
    start = min([p[0] for p in paras if p[0] <= content[0] <= p[1]] or [content[0]])
    end = here[0][1]
    after = [p for p in paras if p[0] >= end]
    if after and not text[content[1] : end].strip(_CLOSING):
        end = after[0][1]
    return start, end


def nearest_named(
    content: Span, registry: Registry, reach: Span, inside: bool = False
) -> tuple[str, str] | None:
    """The name and label of the person the article named whose mention, outside every
    quotation (a name inside one is quoted), lies nearest to the quotation, before or after
    it, when that mention lies within ``reach``. No guess when another person is named right
    beside that mention (« Lucie X et Marc Y nous ont reçus »: either may speak), nor for a
    place or a body (« Paris accueille… »). ``inside``: only the mentions within ``reach`` are
    weighed, so a nearer one beyond it does not hide them (``left_long``, cueless51)."""
    people = each_once(registry.entities.values())
    mentions = sorted(
        (_gap(content, m), m, e)
        for e in people
        if named_person(e)
        for m in e.mentions
        if _gap(content, m) >= 0
        and not registry.quotes.within(m[0], m[1])
        and (not inside or reach[0] <= m[0] < reach[1])
    )
    if not mentions:
        return None
    _, nearest, entity = mentions[0]
    if not reach[0] <= nearest[0] < reach[1]:
        return None  # a name further off, no closer one
    if any(e is not entity and abs(m[0] - nearest[0]) < BESIDE for _, m, e in mentions):
        return None
    return entity.name, entity.label


BESIDE = 80  # characters: two people named this close are named together


def _gap(content: Span, mention: Span) -> int:
    """Characters between the quotation and a mention (negative when they overlap)."""
    return mention[0] - content[1] if mention[0] >= content[1] else content[0] - mention[1]
