"""A definite description of a person, with a new noun and no name beside it, right after a
sentence that named one person: « Ces images hantent Laurent X. L'éleveur a perdu… »,
« … qui vont rassurer Nicolas X. Pour le vice-président du département, … ». News writing
varies the words for the person it follows; the description takes that person up, and keeps
its noun as one of their roles (a later « regrette l'éleveur »). (speakers9 pass.)"""

from __future__ import annotations

import re

from quizapp.draft.anaphora.descriptions.undergone import underwent
from quizapp.draft.names.naming.gender import noun_gender
from quizapp.draft.sources.reading import compatible
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.speakers.met import Seen
from quizapp.draft.words.lexicon import Lexicon, fold

_PERSON_NOUNS = ("person_descriptions", "unnamed_person_nouns")


def person_just_named(
    seen: list[Seen], entities: dict[str, Entity], where: tuple[int, int], reading: tuple[str, str],
    phrase: str, lex: Lexicon,
) -> Entity | None:  # fmt: skip
    """A trade or a view (« L'éleveur a perdu… », « Pour le vice-président… ») after a
    sentence that named one person outside a complement, when nobody is named in its own
    sentence before it (``where``: the sentence's index and the description's offset), the
    gender fits and no title was written for that person (a titled person described by
    another noun is someone else: « Paul X, maire de Y, … Le gendarme a dit »); ``reading``:
    the description's head and gender, its complement (``phrase`` after the head) naming
    nobody and holding no capital (« le frère de la victime », not « l'ami de Paul »)."""
    complement = _complement(phrase, reading[0])
    if _names_a_person(complement, lex) or _CAPITAL.search(complement):
        return None
    named = _named_before(seen, entities, where)
    entity = _one_untitled(entities, named[0], reading[1]) if named else None
    if entity is not None:
        entity.roles.add(reading[0])
    return entity


def office_just_named(
    seen: list[Seen], entities: dict[str, Entity], where: tuple[int, int], reading: tuple[str, str],
    phrase: str, lex: Lexicon,
) -> Entity | None:  # fmt: skip
    """An office opening its sentence (« Le chef de file de l'opposition a… ») after a
    sentence that named one person, outside a complement or else inside one (« …cette
    intervention d'Olivier X. Le chef… »), on the terms of ``person_just_named``; its
    complement may name a body (« de l'opposition »), and the person taken up is a name,
    never a description or a group (« l'opposition » taken for a person)."""
    if _names_a_person(_complement(phrase, reading[0]), lex):
        return None
    named = _named_before(seen, entities, where)
    entity = _one_untitled(entities, named[0] or named[1], reading[1]) if named else None
    if entity is None or entity.label != "named" or entity.key[1:2] == ":":
        return None
    return entity  # its caller gives it the role once it is sure (speakers23)


def _complement(phrase: str, head: str) -> str:
    """What follows the description's head (« de la victime » in « le frère de la victime »)."""
    after = fold(phrase).find(head) + len(head)
    return phrase[after:] if after >= len(head) else ""


def _names_a_person(complement: str, lex: Lexicon) -> bool:
    """A person noun in the complement (« le frère de la victime »): someone else's kin."""
    return any(person_noun(w, lex) for w in fold(complement).split())


def _named_before(
    seen: list[Seen], entities: dict[str, Entity], where: tuple[int, int]
) -> tuple[set[str], set[str]] | None:
    """The people named in the sentence before the description's, outside a complement and
    inside one; None when someone is named in its own sentence before it."""
    sentence, at = where
    keys: set[str] = set()
    nested: set[str] = set()
    for item in reversed(seen):
        if item.sentence < sentence - 1:
            break
        if item.sentence == sentence and item.offset < at:
            return None
        if item.sentence == sentence - 1 and entities[item.key].person:
            (nested if item.nested else keys).add(item.key)
    return keys, nested


def _one_untitled(entities: dict[str, Entity], keys: set[str], gender: str) -> Entity | None:
    """The one person of ``keys``, when no title was written for them and the gender fits."""
    entity = entities[next(iter(keys))] if len(keys) == 1 else None
    if entity is None or entity.titles or not compatible(entity.gender, gender):
        return None
    return entity


def occupation(head: str, lex: Lexicon) -> bool:
    """A trade (« l'éleveur », « la boulangère », lexicon ``occupation_nouns``): opening a
    sentence, it describes the person the sentence before was about. An office or a part in
    a case (« l'avocat général », « le maire », « le candidat ») brings in someone new."""
    return head in lex.word_set("occupation_nouns")


def opening_occupation(tokens: list, lex: Lexicon) -> tuple[str, str] | None:
    """The trade a sentence opens on after a definite article (« L'éleveur a perdu… »), no
    name set beside it (« L'éleveur Paul X »), with the gender its article or noun gives
    (« Le fromager » is a man, whatever « fromager » alone says); None otherwise."""
    if len(tokens) < 3 or fold(tokens[0].text) not in _DEFINITE:
        return None
    head = fold(tokens[1].text)
    if not occupation(head, lex) or tokens[2].text[:1].isupper():
        return None
    return head, _DEFINITE[fold(tokens[0].text)] or noun_gender(head, lex)


def view_of_named(
    seen: list[Seen], entities: dict[str, Entity], text: str, where: tuple[int, int, int],
    reading: tuple[str, str], phrase: str, lex: Lexicon,
) -> Entity | None:  # fmt: skip
    """« … rassurer Nicolas X. Pour le vice-président du département, … »: him, when the
    description opens its sentence after « Pour » (``where``: the sentence's index, its start
    and the description's offset)."""
    sentence, start, at = where
    if for_someone(text, start, at):
        return person_just_named(seen, entities, (sentence, at), reading, phrase, lex)
    if text[start:at].strip(' \n"«“') or reading[0] not in lex.word_set("person_descriptions"):
        return None
    if any(o in fold(phrase) for o in lex.words("compound_offices")):
        return None  # « L'avocat général » after « Me X » is someone else
    person = office_just_named(seen, entities, (sentence, at), reading, phrase, lex)
    if person is None or underwent(person, text, start, lex):
        return None  # and no role: « le procureur » would name the man arrested later on
    person.roles.add(reading[0])
    return person


def subject_just_named(
    seen: list[Seen], entities: dict[str, Entity], text: str, where: tuple[int, int],
    reading: tuple[str, str], phrase: str, opening: list[str], lex: Lexicon,
) -> Entity | None:  # fmt: skip
    """« …, comme l'a tweeté Jean X. Le sénateur démocrate s'est félicité : « … », a-t-il
    poursuivi »: a description opening the narration's sentence (``where``: its index and
    start; ``opening``: its first words) takes up the one person the sentence before named,
    as a description that is a source does: a trade through ``person_just_named``, an
    office through ``view_of_named`` (a name, never one the last sentence's event befell),
    never a compound office (« L'avocat général » after « Me X »). Speakers23: the later
    « il » was the description, a speaker of its own. French only, as the pass read."""
    offices = lex.words("compound_offices")
    if lex.language != "fr" or any(office in fold(" ".join(opening)) for office in offices):
        return None
    if occupation(reading[0], lex):
        return person_just_named(seen, entities, where, reading, phrase, lex)
    return view_of_named(seen, entities, text, (*where, where[1]), reading, phrase, lex)


def for_someone(text: str, sentence_start: int, at: int) -> bool:
    """« Pour le vice-président du département, … »: the description opens its sentence
    after « Pour », the view of the person the narration is about."""
    return _FOR.fullmatch(text, sentence_start, at) is not None


def person_noun(word: str, lex: Lexicon) -> bool:
    """A noun for a person or a trade (« frère », « éleveur »): someone, whose kin or view a
    complement may name (``_names_a_person``, ``only_named.only_person_named``)."""
    return any(word in lex.word_set(key) for key in _PERSON_NOUNS) or occupation(word, lex)


_DEFINITE = {"le": "m", "la": "f", "l'": ""}  # the gender each article gives
_CAPITAL = re.compile(r"\b[A-ZÀ-Ý]")
_FOR = re.compile(r"\W*(?:Et\s+|Mais\s+)?[Pp]our\s+")
