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

from quizapp.draft.anaphora.descriptions.undergone import underwent
from quizapp.draft.lexicon import Lexicon, fold
from quizapp.draft.sources.reading import compatible
from quizapp.draft.speakers.entity import Entity, named_person
from quizapp.draft.speakers.met import Seen
from quizapp.draft.titles.open_nouns import head_key

_OPENS = re.compile(r"(?:^|[.!?…]['\"»”’)\s]*\s|\n)\s*[\"«“]?\s*$")


def link_openings_to_names(
    entities: dict[str, Entity],
    renamed: dict[str, str],
    seen: list[Seen],
    text: str,
    speaking: set[str],
    lex: Lexicon,
) -> set[str]:
    """Record in ``renamed`` the one named person each lone description stands for, by the
    sentences it opens; the descriptions so named."""
    if lex.language != "fr":
        return set()  # English ledes: ``speakers/lede``
    by_sentence: dict[int, list[Seen]] = {}
    for item in seen:
        by_sentence.setdefault(item.sentence, []).append(item)
    found: dict[str, tuple[Entity, set[str]]] = {}
    for item in seen:
        described = entities[item.key]
        if not _lone_description(item.key, described, speaking, renamed, lex):
            continue
        start = _mention_before(described, item.offset, text)
        if start is None or _OPENS.search(text, max(0, start - 8), start) is None:
            continue
        person = _one_named(by_sentence, item, start, entities, lex)
        if person is not None and person.key and underwent(person, text, start, lex):
            person = _NOBODY  # « Jean X a été interpellé. Le procureur affirme… »: someone else
        if person is not None:  # the sentence before named someone: who, if anyone fits
            found.setdefault(described.name, (described, set()))[1].add(person.key)
    named = set()
    for name, (described, keys) in found.items():
        if len(keys) == 1 and "" not in keys:  # every such opening points to the same person
            person = entities[keys.pop()]
            renamed[name] = person.key
            person.mentions.extend(described.mentions)
            named.add(name)
    return named


def _mention_before(entity: Entity, at: int, text: str) -> int | None:
    """Where the entity's mention read at ``at`` starts (the latest one starting by then),
    when it writes the description again (two words at least), not a pronoun (« Il
    assure… » opens its sentence on whoever the pronoun stands for)."""
    mention = max((m for m in entity.mentions if m[0] <= at), default=None)
    if mention is None or len(text[mention[0] : mention[1]].split()) < 2:
        return None
    return mention[0]


def _lone_description(
    key: str, entity: Entity, speaking: set[str], renamed: dict[str, str], lex: Lexicon
) -> bool:
    """A definite description of one person, a speaker, taken to no one."""
    if not key.startswith("d:") or not entity.person or entity.name in renamed:
        return False
    if entity.name not in speaking or entity.gender == "p" or entity.label == "vague":
        return False
    first = fold(entity.name).replace("'", "' ").split()[:1]
    return bool(first) and first[0] in lex.word_set("singular_definite_articles")


def _one_named(
    by_sentence: dict[int, list[Seen]],
    item: Seen,
    start: int,
    entities: dict[str, Entity],
    lex: Lexicon,
) -> Entity | None:
    """The one named person of the sentence before ``item``'s, outside a complement, whose
    gender fits and who was described by no other noun; an entity with no key when the
    sentence before named people but not so; None when it named no one, or when someone is
    met in this sentence before the description."""
    described = entities[item.key]
    before = by_sentence.get(item.sentence, [])
    if any(o.offset < start and entities[o.key].person for o in before if o.key != item.key):
        return None
    people = {
        o.key
        for o in by_sentence.get(item.sentence - 1, [])
        if not o.nested and entities[o.key].person and o.key != item.key
    }
    if not people:
        return None
    person = entities[people.pop()] if len(people) == 1 else None
    if person is None or not named_person(person) or person.gender not in "mf":
        return _NOBODY  # a gender known from a first name: « quartier Doulon X » is a place
    fits = compatible(person.gender, described.gender)
    return person if fits and not _described_otherwise(person, described, lex) else _NOBODY


def _described_otherwise(person: Entity, described: Entity, lex: Lexicon) -> bool:
    """The person was written with a title or a noun (« Odile X, fromagère à Gex, ») and
    none is the description's (« la vannière » is someone else), in either gender's form."""
    nouns = {head_key(t[0], lex) for t in person.titles} | {head_key(h, lex) for h in person.heads}
    return bool(nouns) and not nouns & {head_key(r, lex) for r in described.roles}


_NOBODY = Entity("", "", "", False)
