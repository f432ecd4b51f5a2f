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
"""

from __future__ import annotations

from typing import Protocol

from quizapp.draft.names.naming.gender import first_name_gender
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.speakers.met import Seen
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import Lexicon, fold


class _Reader(Protocol):
    lex: Lexicon
    text: str
    entities: dict[str, Entity]
    seen: list[Seen]


def person_of_paragraph(
    reader: _Reader, phrase: str, span: Span | None, reading: tuple[str, str]
) -> Entity | None:
    """The latest person named (with a listed first name of the description's gender) in the
    paragraph before ``span``, when ``phrase`` is a singular definite or demonstrative
    description whose head (``reading``: head and gender) is a person noun of the lexicon
    lists ``paragraph_person_noun_lists``; else None."""
    head, gender = reading
    lex = reader.lex
    words = fold(phrase).replace("’", "'").split()
    if span is None or gender == "p" or not words or not _singular_definite(words[0], lex):
        return None
    if not _one_person(head, words, lex):
        return None
    start = reader.text.rfind("\n", 0, span[0]) + 1
    for seen in reversed(reader.seen):
        if seen.offset < start:
            return None
        person = reader.entities[seen.key]
        if seen.offset < span[0] and person.person and _fits(person, gender, lex):
            return person
    return None


def _one_person(head: str, words: list[str], lex: Lexicon) -> bool:
    """A head that names one person (lexicon ``paragraph_person_noun_lists``), not a part of a
    case (``case_parties``: « le procureur » speaks about the person named, not as them), with
    no indefinite in its complement (« le conseiller d'un ministre »: someone else's)."""
    if head not in lex.word_sets(*lex.words("paragraph_person_noun_lists")):
        return False
    indefinite = lex.word_set("indefinite_articles")
    others = any(w.removeprefix("d'") in indefinite for w in words[1:])
    return not others and head not in lex.word_set("case_parties")


def _singular_definite(word: str, lex: Lexicon) -> bool:
    """« le », « la », « l'… », « ce », « cet », « cette » (lexicon
    ``paragraph_person_determiners``)."""
    if word in lex.word_set("anonymous_determiners"):  # « l'une de ces sources »
        return False
    return word.startswith("l'") or word in lex.word_set("paragraph_person_determiners")


def _fits(person: Entity, gender: str, lex: Lexicon) -> bool:
    """A person named by a listed first name whose gender agrees with the description's."""
    named = first_name_gender(person.name.split()[0], lex)
    return bool(named) and (gender == "x" or named in (gender, "x"))
