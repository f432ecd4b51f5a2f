"""A description of someone that takes up the person its paragraph named (candidates49).

paths49 found that a description speaking as itself (« la dame », « le conseiller »,
« la mère de famille ») is the resolver's steadiest weakness, and that the keyed speaker is
mostly written in the quotation's own paragraph before it, in a place no reading offers: a
person named in a complement, a relative, after « C'est le cas de » or beyond the two sentences
``speakers/redescribed`` looks back. News writing names someone, then carries on about them with
a noun for a person: « Jocelyne a ouvert sa boutique en 1990. […] « … », sourit la dame ».
The last resort before a description speaks as itself: the latest person named by a first name
of its gender in its paragraph. Bodies (« la mairie »), plurals and indefinites are left out:
their heads name no one person, and counted on the corpus they broke as many as they fixed.
So is a noun of a tie to someone (« l'épouse », « le frère »: someone close to the person
named, mend49c), unless its complement classifies or the person was written with that noun.
"""

from __future__ import annotations

import re
from typing import Protocol

from quizapp.draft.anaphora.descriptions.undergone import underwent
from quizapp.draft.names.naming.gender import first_name_gender
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.speakers.met import Seen
from quizapp.draft.speakers.redescribed import tie_to_another
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import Lexicon, fold


class _Reader(Protocol):
    lex: Lexicon
    text: str
    entities: dict[str, Entity]
    seen: list[Seen]
    sentence_start: int


def person_of_paragraph(
    reader: _Reader, phrase: str, span: Span | None, reading: tuple[str, str]
) -> Entity | None:
    """The latest person named in the paragraph before ``span`` (by a listed first name of
    the description's gender, and the only person named there or the only one of that
    gender), when ``phrase`` is a singular definite description whose head (``reading``: head
    and gender) is a person noun of the lexicon lists ``paragraph_person_noun_lists``; None
    too when that person underwent the event the sentence before told (``undergone``)."""
    head, gender = reading
    lex = reader.lex
    words = fold(phrase).replace("’", "'").split()
    if span is None or gender == "p" or not words or not _singular_definite(words[0], lex):
        return None
    if not _one_person(head, words, lex):
        return None
    start = reader.text.rfind("\n", 0, span[0]) + 1
    people = _people_before(reader, start, span[0])
    if len(people) != 1 and not _one_of_gender(people, gender, lex):
        return None
    person = people[0] if people else None
    if person is None or not _fits(person, reading, lex) or _tied(reader, person, phrase, head):
        return None
    return None if underwent(person, reader.text, reader.sentence_start, lex) else person


def _people_before(reader: _Reader, start: int, end: int) -> list[Entity]:
    """The people named in the narration between ``start`` and ``end``, latest first."""
    people: dict[str, Entity] = {}
    for seen in reversed(reader.seen):
        if seen.offset < start:
            break
        if seen.offset < end and reader.entities[seen.key].person:
            people.setdefault(seen.key, reader.entities[seen.key])
    return list(people.values())


def _one_of_gender(people: list[Entity], gender: str, lex: Lexicon) -> bool:
    """Several people named, the latest the only one of the description's gender (« Paul
    X et Anne Y… la dame »); two of it stay apart, as does a gender no noun says."""
    if not people or gender not in ("m", "f"):
        return False
    same = [p for p in people if first_name_gender(p.name.split()[0], lex) in (gender, "x")]
    return len(same) == 1 and same[0] is people[0]


def _one_person(head: str, words: list[str], lex: Lexicon) -> bool:
    """A head that names one person (lexicon ``paragraph_person_noun_lists``), not a part of a
    case (``case_parties``: « le procureur » speaks about the person named, not as them) nor
    an office (``named_institutions``: « le ministre de l'Industrie » is someone new), with
    no indefinite in its complement (« le conseiller d'un ministre »: someone else's)."""
    if head not in lex.word_sets(*lex.words("paragraph_person_noun_lists")):
        return False
    indefinite = lex.word_set("indefinite_articles")
    others = any(w.removeprefix("d'") in indefinite for w in words[1:])
    offices = lex.word_sets("case_parties", "named_institutions")  # « le maire de Lyon »
    return not others and head not in offices


def _singular_definite(word: str, lex: Lexicon) -> bool:
    """« le », « la » (lexicon ``paragraph_person_determiners``) or « l'… »; a demonstrative
    (« ce porte-parole », « cet infirmier ») is someone new here, as in
    ``speakers/redescribed``."""
    if word in lex.word_set("anonymous_determiners"):  # « l'une de ces sources »
        return False
    return word.startswith("l'") or word in lex.word_set("paragraph_person_determiners")


def _tied(reader: _Reader, person: Entity, phrase: str, head: str) -> bool:
    """A noun of a tie to someone (« l'épouse », « l'avocat »: ``tie_to_another``) names
    someone close to the person the paragraph named, never them, unless that person was
    written with that very noun (« le conseiller du district 7, Serge X … Le conseiller »)."""
    if not tie_to_another(phrase, head, reader.lex):
        return False
    written = {title[0] for title in person.titles} | set(person.heads) | person.roles
    return head not in written and not _set_before(person, head, reader.text)


def _set_before(person: Entity, head: str, text: str) -> bool:
    """The noun set right before the person's first mention, or in apposition to it (« le
    conseiller Paul X », « l'épouse du maire, Anne X »), not « l'épouse de Paul X »."""
    if not person.mentions:
        return False
    start = min(person.mentions)[0]
    before = fold(text[max(0, start - 80) : start]).replace("’", "'")
    return _noun_set_before(head).search(before) is not None


def _noun_set_before(head: str) -> re.Pattern[str]:
    """``head`` then the person's name: right after it, or after a complement and a comma."""
    return re.compile(rf"(?<![\w-]){re.escape(head)}(?:\s+|[^.;:!?«»\n]*,\s*)$")


def _fits(person: Entity, reading: tuple[str, str], lex: Lexicon) -> bool:
    """A person named by a listed first name whose gender agrees with the description's,
    holding no other title written beside their name (« Emmanuel Macron, président de la
    République, … Le ministre de l'Intérieur »: someone else)."""
    head, gender = reading
    if any(title[0] and title[0] != head for title in person.titles):
        return False
    named = first_name_gender(person.name.split()[0], lex)
    return bool(named) and (gender == "x" or named in (gender, "x"))
