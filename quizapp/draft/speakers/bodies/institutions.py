"""Institution anaphors: « selon la direction », « l'entreprise affirme », « le groupe a
indiqué » after the article named the company (« La société Tramaxo a fermé son usine de
Lunel »). The reader takes up the body written with a noun of that kind — not the latest
capitalised name, which may be a place (« Lunel »). The kinds each anaphor covers are the
lexicon's ``body_hypernyms`` (« la direction »: a company, a club, a hospital…)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import takewhile
from typing import Protocol

from quizapp.draft.names.naming.common_words import common_word_opening
from quizapp.draft.names.naming.gender import first_name_gender
from quizapp.draft.names.naming.places import of_a_place, place_or_people
from quizapp.draft.names.naming.roles import bare_description
from quizapp.draft.speakers.bodies.body_kinds import body_nouns, covered_kinds, kinds_covered
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.speakers.met import Seen
from quizapp.draft.text.word_patterns import WORD_BREAKS
from quizapp.draft.words.lexicon import Lexicon, fold, folded_words

_DEFINITE_OPENING = re.compile(r"^(?:l['’]|la\s+|le\s+)")
_ELIDED_OPENING = re.compile(r"^(?:d|l)['’]")

# the noun right before a body's name: « la société Tramaxo » (« l'usine de Lunel »: a place)
_KIND_BEFORE = re.compile(r"([a-zà-ÿœ-]{3,})\s+$")
# an English noun right after the name: "the Unite union at Warrington Council"
_KIND_AFTER = re.compile(r"\s+([a-z]{3,})\b")
# a kind and its complement of common words before the name, after an article: « l'association
# de consommateurs X », « la société de transports publics X » (never a name right after « de »)
_KIND_OF_BEFORE = re.compile(
    r"(?:^|\s)(?:l['’]|la\s+|le\s+)([a-zà-ÿœ-]{3,})\s+(?:de|des|du|d['’])\s*"
    r"(?:la\s+|l['’])?(?-i:(?:[a-zà-ÿœ-]+\s+){0,2})"
    r"(?!(?:à|au|aux|pour|contre|avec|chez|par|dans|en|sur|sous|près|les|la|le|des|du|de)\s)"
    r"(?-i:[a-zà-ÿœ-]+)\s+$",
    re.IGNORECASE,
)  # « l'association de soutien à Paul X »: X is who is supported, no body; the complement in
# lower case and no place after it (« La mairie de Chaville dans les Hauts-de-Seine »)


def body_of_kind(
    words: list[str], head: str, candidates: list[Entity], text: str, lex: Lexicon
) -> Entity | None:
    """The latest of ``candidates`` (latest first) that is a named body written with a noun
    the bare definite anaphor (``words``, its ``head``) covers: the head itself or a kind
    ``body_hypernyms`` lists for it; None for an anaphor with a complement (« la direction
    de l'hôpital » says whose) or with no kinds listed."""
    last = lex.language == "en"  # "the Local Government Ombudsman": the kind comes last
    kinds = kinds_covered(lex).get(head) or _own_kind(head, lex)
    if kinds is None or not bare_description(words, lex):
        return None
    for entity in candidates:
        if named_body(entity.key, entity) and _written_as(entity, kinds, text, last):
            return entity
        if last and _office_named(entity, kinds):
            return entity
        if _described_as(entity, kinds):
            return entity
    return None


def _own_kind(head: str, lex: Lexicon) -> frozenset[str] | None:
    """ "The union said" after "Members of the Unite union at Warrington Council": an English
    anaphor of the lexicon's ``organisation_anaphors`` covers its own noun, so the body
    written with it is taken up before the latest body met (speakers/subjects.organisation);
    one for a business covers every word for a business, as when it takes up a body met
    ("The company says" after "bus operator Acme": bodies/body_kinds.covered_kinds)."""
    own = lex.language == "en" and head in lex.word_set("organisation_anaphors")
    return covered_kinds(head, lex) if own else None


class _Reader(Protocol):
    lex: Lexicon
    text: str
    entities: dict[str, Entity]
    seen: list[Seen]
    sentence: int
    spoke_in: dict[str, int]


def body_met(reader: _Reader, phrase: str, head: str, before: int | None) -> Entity | None:
    """« L'institut statistique explique » after « Le Statec détaille », « la compagnie de
    chemins de fer explique » after « … aux CFF », « La juridiction a estimé » after « le
    tribunal administratif de Nîmes »: a definite description of a body (a body noun at its
    head, then only common words: adjectives, a complement) takes up the latest body met in
    this sentence or the three before it, one that spoke first; a body of a kind it does not
    cover (« l'Office fédéral… » for « la compagnie ») is another."""
    if not _generic_body(phrase, head, reader.lex):
        return None
    kinds = kinds_covered(reader.lex).get(head, frozenset({head}))
    met = list(takewhile(lambda s: s.sentence >= reader.sentence - 3, reversed(reader.seen)))
    met = [s for s in met if before is None or s.offset < before]
    spoke = [s for s in met if reader.spoke_in.get(s.key, -9) >= reader.sentence - 3]
    return _body_that_spoke(reader, spoke, kinds) or _body_only_met(reader, met, kinds)


def _generic_body(phrase: str, head: str, lex: Lexicon) -> bool:
    """A description headed by a generic noun for a body (lexicon ``generic_body_heads``)
    with no capital after it and no adjective of a place (« l'institut français » after
    Météo France spoke: another institute)."""
    if head not in lex.word_set("generic_body_heads"):
        return False
    if any(w[:1].isupper() for w in WORD_BREAKS.split(phrase.strip())[1:]):
        return False  # « l'Autorité de la concurrence », its article elided: a name
    return not any(of_a_place(fold(word), lex) for word in phrase.split())


def _body_that_spoke(reader: _Reader, spoke: list[Seen], kinds: frozenset[str]) -> Entity | None:
    """Of the names met that spoke lately (latest first), a body of ``kinds``, else a name
    that may be a body's though it was read as a person's (``_maybe_a_body``)."""
    for seen in spoke:
        entity = reader.entities[seen.key]
        if _a_body_of(seen.key, entity, kinds, reader):
            return entity
    unsure = (reader.entities[s.key] for s in spoke if s.key[1:2] != ":")
    return next((e for e in unsure if maybe_a_body(e, reader.lex)), None)


def _body_only_met(reader: _Reader, met: list[Seen], kinds: frozenset[str]) -> Entity | None:
    """Of the names met lately that did not speak (latest first), a body of ``kinds`` the
    reader is sure of (``_sure``) or one written with its kind (« la marque Casino »)."""
    for seen in met:
        entity = reader.entities[seen.key]
        sure = _sure(entity) or _written_as(entity, kinds, reader.text)
        if _a_body_of(seen.key, entity, kinds, reader) and sure:
            return entity
    return None


def maybe_a_body(entity: Entity, lex: Lexicon) -> bool:
    """« France Travail indique », « l'UFC-Que Choisir demande »: a name of two words taken
    for a person's, though no first name or title opened it, may be a body's."""
    first = entity.name.replace("’", "'").split()[0]
    named = entity.person and entity.label == "named" and not entity.titles
    return named and not first_name_gender(re.sub(r"^[LlDd]'", "", first), lex)


def _sure(entity: Entity) -> bool:
    """A body the reader knows for one though it did not speak: an acronym (« aux CFF »)
    or a name of several words (or, the caller asks, one written with its kind: « la
    marque Casino »); not a lone capitalised word (« Six », « Kourou »: a figure or a place
    opening a sentence)."""
    words = entity.name.split()
    return len(words) > 1 or (len(entity.name) > 1 and entity.name.isupper())


def _a_body_of(key: str, entity: Entity, kinds: frozenset[str], reader: _Reader) -> bool:
    """A named body whose written kind, if any, is one of ``kinds``, that the text shows is
    neither a capitalised common word, a place (« à Montauban », « en France ») nor a people
    (« les Français »); or a named description whose head is one of ``kinds``."""
    text, lex = reader.text, reader.lex
    if key.startswith("d:"):
        words = folded_words(entity.name)
        return entity.label == "named" and len(words) > 1 and words[1] in kinds
    if not named_body(key, entity) or any(
        place_or_people(text, s, lex) for s, _ in entity.mentions
    ):
        return False
    if all(common_word_opening(text, s, lex) for s, _ in entity.mentions):
        return False
    first = _DEFINITE_OPENING.sub("", fold(entity.name)).split()[:1]
    return not first or first[0] not in body_nouns(lex) or first[0] in kinds


def _described_as(entity: Entity, kinds: frozenset[str]) -> bool:
    """« a annoncé la mairie. […] La municipalité a pris un arrêté »: a body met only as a
    bare description (an article and its noun) whose noun is a kind the anaphor covers is
    the same body, told by another word; not a person, nor a description with a complement
    (« l'équipe adverse » is not « le club »)."""
    words = folded_words(entity.name)
    bare = entity.key.startswith("d:") and len(words) == 2
    return bare and not entity.person and words[1] in kinds


def _office_named(entity: Entity, kinds: frozenset[str]) -> bool:
    """A named office whose name ends on a kind the anaphor covers ("the Social Care
    Ombudsman" for "the watchdog"), though an office's name may pass for a person's."""
    words = fold(entity.name).split()
    named = entity.label == "named" and entity.key[:2] not in ("o:", "d:", "c:")
    return named and len(words) > 1 and words[-1] in kinds


def named_body(key: str, entity: Entity) -> bool:
    """A body the article names, met under ``key`` (an entity may be met under another
    key than its own): no person, labelled named, and neither a description (``d:``), an
    outlet (``o:``) nor a counted group (``c:``) — what a bare anaphor or a description of
    a body may take up."""
    return not entity.person and entity.label == "named" and key[:2] not in ("o:", "d:", "c:")


def outlet_of_kind(folded: str, spoken: list[Entity], text: str, lex: Lexicon) -> Entity | None:
    """« le journal sportif », « le quotidien régional », « la chaîne publique » (an outlet
    description, then adjectives, no complement) after « le journal L'Equipe » spoke: the
    latest named body that spoke (``spoken``, latest first) with that noun written right
    before its name. The outlet may be missing from the lexicon's list, or spelled otherwise."""
    words = folded_words(folded)
    if not 2 <= len(words) <= 4 or lex.word_set("complement_marks") & set(words):
        return None
    kind = frozenset({words[1]})
    for entity in spoken:
        named = entity.label == "named" and entity.key[:2] not in ("d:", "c:")
        if named and not entity.person and _written_as(entity, kind, text):
            return entity
    return None


def body_by_stem(words: list[str], head: str, spoken: list[Entity], lex: Lexicon) -> Entity | None:
    """« souligne l'institut météorologique » after « souligne Météo France »: a bare body
    noun (``head``: an organisation anaphor or a kind ``body_hypernyms`` names) with an
    adjective sharing its first five letters with a word of a named body that spoke
    (``spoken``, latest first; no person of a known gender); None otherwise (« l'institut
    français » after « Météo France » spoke is another)."""
    if not bare_description(words, lex) or head not in body_nouns(lex):
        return None
    stems = stems_of(w for w in words if w.isalpha() and w != head)
    for entity in spoken:
        person = entity.person and entity.gender != "x"  # « Météo France » may pass for one
        if person or entity.label != "named" or entity.key[:2] in ("d:", "c:"):
            continue
        if stems & stems_of(entity.name.split()):
            return entity
    return None


def stems_of(words: Iterable[str]) -> set[str]:
    """The first five letters of each word of five or more, folded: what a description and a
    body's name must share for the reader to link them (« l'institut météorologique », « Météo
    France »)."""
    return {fold(w)[:_STEM] for w in words if len(w) >= _STEM}


_STEM = 5


def _written_as(entity: Entity, kinds: frozenset[str], text: str, last: bool = False) -> bool:
    """The body's name opens on one of ``kinds`` (« Société d'exploitation de… »), or, in
    English (``last``), ends on one ("the Social Care Ombudsman") or has one right after a
    mention ("the Unite union"), or one of them stands right before a mention of it (« la
    société Tramaxo »), or with its complement of common words between (« l'association de
    consommateurs X »: « l'association » is X)."""
    first = _DEFINITE_OPENING.sub("", fold(entity.name)).split()
    if first and _ELIDED_OPENING.sub("", first[0]) in kinds and len(first) > 1:
        return True
    if last and len(first) > 1 and first[-1] in kinds:
        return True
    for start, end in entity.mentions:
        for shape, reach in ((_KIND_BEFORE, 30), (_KIND_OF_BEFORE, 60)):
            before = shape.search(text, max(0, start - reach), start)
            if before is not None and fold(before.group(1)) in kinds:
                return True
        after = _KIND_AFTER.match(text, end) if last else None
        if after is not None and after.group(1) in kinds:
            return True  # "the Unite union", "the Acme Homes developer"
    return False
