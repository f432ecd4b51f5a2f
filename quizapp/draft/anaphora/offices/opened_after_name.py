"""A description that stayed a speaker of its own, read again once the article is read: it
opens a sentence right after a sentence whose one named person it stands for.

« … : "un fort sentiment d'injustice" pour la maire de Guéret » in the headline, then
« Marie-Françoise X n'a pas pris d'arrêté… La maire de Guéret invoque trois raisons… »: the
reader met the office in the headline, so each later « la maire de Guéret » took up that
first description and never the person named in between. News writing names a person and
opens the next sentence on her office or trade to vary the words; the reading in order
(``anaphora/descriptions/just_named``) asks that only of a description met for the first
time. Here the whole article is read: a description whose mentions open a sentence after
one that named a single person (outside a complement, gender compatible, no title of other
words written for her) and after no other is that person (names34)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.draft.anaphora.descriptions.undergone import underwent
from quizapp.draft.anaphora.offices.holders import holder_of
from quizapp.draft.names.titles.descriptions import singular
from quizapp.draft.names.titles.open_nouns import head_key
from quizapp.draft.sources.reading import compatible
from quizapp.draft.speakers.entity import Entity, named_person
from quizapp.draft.speakers.met import Seen
from quizapp.draft.text.segment import SENTENCE_OPENS_AT_END
from quizapp.draft.words.folding import folded_words
from quizapp.draft.words.lexicon import Lexicon


@dataclass(frozen=True)
class ReadArticle:
    """The article once read, as the links made after the reading need it: the registry's
    entities, the links made so far (``renamed``, which each link extends) and the mentions
    in reading order (``seen``), the text, the speakers' names and the lexicon. One value, so
    that the readers below and ``fullest_names``' other links (bodies, groups, demonstrative
    bodies, lede descriptions: tidy37) take it whole instead of each writing out the same
    five or six parameters."""

    entities: dict[str, Entity]
    renamed: dict[str, str]
    seen: list[Seen]
    text: str
    speaking: set[str]
    lex: Lexicon


def link_openings_to_names(read: ReadArticle) -> set[str]:
    """Record in ``read.renamed`` the one named person each lone description stands for, by
    the sentences it opens; the descriptions so named."""
    if read.lex.language != "fr":
        return set()  # English ledes: ``speakers/lede``
    named = set()
    for name, (described, keys) in _people_before_openings(read).items():
        if len(keys) == 1 and "" not in keys:  # every such opening points to the same person
            person = read.entities[keys.pop()]
            read.renamed[name] = person.key
            person.mentions.extend(described.mentions)
            named.add(name)
    return named


def _people_before_openings(read: ReadArticle) -> dict[str, tuple[Entity, set[str]]]:
    """For each lone description, the keys of the people named in the sentence before each
    sentence it opens ("" for a sentence that named people, none of whom fits)."""
    text, lex = read.text, read.lex
    by_sentence: dict[int, list[Seen]] = {}
    for item in read.seen:
        by_sentence.setdefault(item.sentence, []).append(item)
    found: dict[str, tuple[Entity, set[str]]] = {}
    for item in read.seen:
        described = read.entities[item.key]
        if not lone_description(item.key, described, read):
            continue
        start = _mention_before(described, item.offset, text)
        if start is None or SENTENCE_OPENS_AT_END.search(text, max(0, start - 8), start) is None:
            continue
        person = _one_named(by_sentence, item, start, read)
        if person is not None and person.key and underwent(person, text, start, lex):
            person = _NOBODY  # « Jean X a été interpellé. Le procureur affirme… »: someone else
        if person is not None:  # the sentence before named someone: who, if anyone fits
            found.setdefault(described.name, (described, set()))[1].add(person.key)
    return found


def _mention_before(entity: Entity, at: int, text: str) -> int | None:
    """Where the entity's mention read at ``at`` starts (the latest one starting by then),
    when it writes the description again (two words at least), not a pronoun (« Il
    assure… » opens its sentence on whoever the pronoun stands for)."""
    mention = max((m for m in entity.mentions if m[0] <= at), default=None)
    if mention is None or len(text[mention[0] : mention[1]].split()) < 2:
        return None
    return mention[0]


def lone_description(key: str, entity: Entity, read: ReadArticle) -> bool:
    """A definite description of one person, a speaker, taken to no one; an office held by
    one person (lexicon ``held_offices``: « le préfet de X ») counts though it was read as
    an institution (office38)."""
    held = bool(entity.roles & read.lex.word_set("held_offices"))
    if not key.startswith("d:") or not (entity.person or held) or entity.name in read.renamed:
        return False
    if entity.name not in read.speaking or entity.gender == "p" or entity.label == "vague":
        return False
    first = folded_words(entity.name)[:1]
    return bool(first) and first[0] in read.lex.word_set("singular_definite_articles")


def _one_named(
    by_sentence: dict[int, list[Seen]], item: Seen, start: int, read: ReadArticle
) -> Entity | None:
    """The one named person of the sentence before ``item``'s, outside a complement, whose
    gender fits and who was described by no other noun; an entity with no key when the
    sentence before named people but not so; None when it named no one, or when someone is
    met in this sentence before the description."""
    people = _people_before(by_sentence, item, start, read.entities)
    if not people:
        return None
    person = read.entities[people.pop()] if len(people) == 1 else None
    if person is None or not named_person(person) or person.gender not in "mf":
        return _NOBODY  # a gender known from a first name: « quartier Doulon X » is a place
    return (
        person if fits_described(person, read.entities[item.key], read.text, read.lex) else _NOBODY
    )


def _people_before(
    by_sentence: dict[int, list[Seen]], item: Seen, start: int, entities: dict[str, Entity]
) -> set[str]:
    """The keys of the people met in the sentence before ``item``'s, outside a complement;
    none when someone is met in ``item``'s sentence before the description (at ``start``)."""
    before = by_sentence.get(item.sentence, [])
    if any(o.offset < start and entities[o.key].person for o in before if o.key != item.key):
        return set()
    return {
        o.key
        for o in by_sentence.get(item.sentence - 1, [])
        if not o.nested and entities[o.key].person and o.key != item.key
    }


def fits_described(person: Entity, described: Entity, text: str, lex: Lexicon) -> bool:
    """The person may be the one described: a compatible gender, and no other noun written
    for her."""
    if not compatible(person.gender, described.gender):
        return False
    return not _described_otherwise(person, described, text, lex)


def _described_otherwise(person: Entity, described: Entity, text: str, lex: Lexicon) -> bool:
    """The person was written with a title or a noun (« Odile X, fromagère à Gex, », « L'opposante
    Odile X ») and none is the description's (« la vannière » is someone else), in either
    gender's form. A noun written just before the name counts whether the lexicon knows it or
    not (mend34c: « L'opposante Jeanne Lebrun » is not « la maire »)."""
    nouns = {head_key(t[0], lex) for t in person.titles} | {head_key(h, lex) for h in person.heads}
    nouns |= {head_key(n, lex) for n in _nouns_just_before(person, text, lex)}
    if _title_holds_role(person, described, text, lex):
        return False
    return bool(nouns) and not nouns & {head_key(r, lex) for r in described.roles}


def _title_holds_role(person: Entity, described: Entity, text: str, lex: Lexicon) -> bool:
    """A title of the person fits the description as ``holders.holder_of`` reads a title:
    the same head or an office its noun covers (lexicon ``role_hypernyms``: « X, délégué
    CGT », then « le syndicaliste »), holding the description's complement (« le patron de
    la CGT » is not « président de la République »); or the person speaks for those the
    description names: the same person, not someone else. A noun met only in the title's
    complement is someone else (« directeur de cabinet du préfet », then « le préfet de
    Morlanne »: mend38b)."""
    if holder_of(described.name, [person], lex) is not None:
        return True
    return _speaks_for_them(person, described, text, lex)


def _speaks_for_them(person: Entity, described: Entity, text: str, lex: Lexicon) -> bool:
    """The title set after the person's name is a spokesperson's (lexicon
    ``spokesperson_nouns``) whose complement writes the description's noun in the plural
    (« X, représentant des parents », then « le parent d'élève »): he is one of those he
    speaks for; « représentant du préfet » is no prefect."""
    spokespeople, roles = lex.word_set("spokesperson_nouns"), set(described.roles)
    for _, end in person.mentions:
        title = re.match(r"\s*,([^,.;]{3,80})", text[end : end + 90])
        words = folded_words(title.group(1)) if title else []
        if words and words[0] in spokespeople:
            plurals = {singular(w) for w in words[1:] if singular(w) != w}
            if {head_key(w, lex) for w in plurals} & {head_key(r, lex) for r in roles}:
                return True
    return False


def _nouns_just_before(person: Entity, text: str, lex: Lexicon) -> set[str]:
    """The lower-case nouns written between a determiner and a mention of the person, with
    nothing else between (« L'opposante Jeanne X », « la juge Anne Y »)."""
    determiners = lex.word_set("determiners")
    nouns = set()
    for start, _ in person.mentions:
        before = text[max(0, start - 40) : start]
        words, noun = folded_words(before)[-2:], re.split(r"['’\s]", before.rstrip())[-1]
        if len(words) == 2 and words[0] in determiners and noun[:1].islower() and _word(noun):
            nouns.add(words[1])
    return nouns


_NOBODY = Entity("", "", "", False)


def _word(written: str) -> bool:
    """Letters only, a hyphen allowed: no comma or stop between the noun and the name."""
    return written.replace("-", "").isalpha()
