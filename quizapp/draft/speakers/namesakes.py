"""Which entity a proper name met in the narration stands for: the same surname is the same
person ("Ann Ward" then "Cllr Ward"), unless another first name says it is a namesake
("Brigitte Macron" after "Emmanuel Macron"); a first name alone is the person it opened.

The resolver's narration (``quizapp.draft.speakers.narration``) calls ``name_entity`` for each
name it meets; ``rename`` keeps the fullest mention as the speaker's name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from quizapp.draft.names.naming.gender import first_name_gender
from quizapp.draft.names.naming.name_roles import ends_on_place_head, is_organisation
from quizapp.draft.names.titles.beside_name import title_beside
from quizapp.draft.sources.speaker_phrases.phrase import identity
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.speakers.registry import Registry
from quizapp.draft.text.segment import Token
from quizapp.draft.words.lexicon import Lexicon, built_once, fold

_ELIDED_ARTICLE = re.compile(r"(?i)[ld]['’]")


def name_entity(
    entities: dict[str, Entity],
    phrase: str,
    length: int,
    lex: Lexicon,
    rename: Callable[[Entity, str], None],
) -> Entity:
    """The entity met before that a name of ``length`` words stands for, else a new one
    (a person when two words that name no organisation, or a known first name)."""
    parts = phrase.replace("’", "'").split()
    surname, first = _entity_key(entities, parts, length, lex), identity(parts[0])
    for key in (surname, first) if length == 1 else (surname,):
        entity = entities.get(key) or (_by_first_name(entities, key) if length == 1 else None)
        if entity is not None:
            if surname == entity.key and not titled(first, lex):
                rename(entity, phrase)  # "Cllr Ward" is no fuller than "Ann Ward"
            entity.person = entity.person or _person_met_again(parts, length, lex)
            return entity
    entity = Entity(surname, phrase, "named", person=_new_person(parts, length, lex))
    entities[surname] = entity
    return entity


def _entity_key(entities: dict[str, Entity], parts: list[str], length: int, lex: Lexicon) -> str:
    """The key a name of ``length`` words is filed under: its surname, joined to the first name
    for a namesake of someone met before or another body with the same last word (a step of
    its own: the key decides which entity the name is looked up as)."""
    surname, first = identity(parts[-1]), identity(parts[0])
    namesake = _namesake(entities, surname, first, lex) or _another_body(
        entities, surname, parts, lex
    )
    if length >= 2 and namesake:
        return surname + "|" + first  # Brigitte Macron is not Emmanuel Macron
    return surname


def _person_met_again(parts: list[str], length: int, lex: Lexicon) -> bool:
    """Whether the name of an entity met before shows it is a person: a full name, of no
    organisation, no elided article and no place (a step of its own: the test differs from a
    new entity's, which a known first name alone makes a person)."""
    elided = _ELIDED_ARTICLE.match(parts[0]) is not None
    full_name = length >= 2 and not is_organisation(parts, lex) and not elided
    return full_name and not place_named(parts, lex)


def _new_person(parts: list[str], length: int, lex: Lexicon) -> bool:
    """Whether a name met for the first time is a person's: a full name that is no
    organisation's nor a saint's place (« Saint Martin X »), or a known first name alone
    ("Thierry habite…"), never after an elided article or naming a place."""
    known_first = length == 1 and bool(first_name_gender(parts[0], lex))
    full_name = length >= 2 and not is_organisation(parts, lex)
    full_name = full_name and fold(parts[0]) not in lex.word_set("saints")  # « Saint Martin X »
    person = full_name or known_first  # "Thierry habite…"
    person = person and not _ELIDED_ARTICLE.match(parts[0])  # "L'Hexagone" is no one
    return person and not place_named(parts, lex)  # "Elm Estate" is no one "she" takes up


def place_named(parts: list[str], lex: Lexicon) -> bool:
    """A name of two words or more that ends on a place's head ("Elm Estate", "Oak Road"),
    or on a head that is also a surname ("Gorse Park") after no first name nor title
    ("Ann Park", "Cllr Hall" are people): a place, which no "she" or "he" takes up."""
    if len(parts) < 2:
        return False
    if ends_on_place_head(parts, lex):
        return True
    last, first = fold(parts[-1]), parts[0]
    shared = last in lex.word_set("place_heads_shared_with_surnames")
    return shared and not first_name_gender(first, lex) and not titled(identity(first), lex)


def described_as_person(
    tokens: list[Token], run: tuple[int, int], phrase: str, lex: Lexicon
) -> bool:
    """A name ``place_named`` reads as a place, set off by an apposition that names a
    person's role ("Grace Hall, the head teacher, wrote…"; lexicon ``anonymous_heads``,
    ``person_descriptions``): a person, whatever the first-name lists hold. A first name
    left out of them as a common word or a place ("Grace", "Holly", "Austin") made such a
    name a hall, and the later "she" went to the apposition (mend47b)."""
    if not place_named(phrase.replace("’", "'").split(), lex):
        return False
    words = {fold(token.text) for token in title_beside(tokens, run, lex)}
    return bool(words & lex.word_sets("anonymous_heads", "person_descriptions"))


def _namesake(entities: dict[str, Entity], surname: str, first: str, lex: Lexicon) -> bool:
    """Someone else met before with the same surname and another first name, or another
    place with the same head ("Oak Hospital" after "Elm Hospital")."""
    known = entities.get(surname)
    if known is None or len(known.name.split()) < 2:
        return False
    if not known.person and not place_named(known.name.split(), lex):
        return False  # two places apart too: "Oak Hospital" is not "Elm Hospital"
    if titled(first, lex):
        return False  # "Mme Gueroui" after "Nadia Gueroui"
    known_first = identity(known.name.split()[0])
    return not titled(known_first, lex) and known_first.rstrip(".") != first


def _another_body(entities: dict[str, Entity], key: str, parts: list[str], lex: Lexicon) -> bool:
    """ "South Norfolk Council" after "Norfolk County Council", "Hexham Town Council" after
    "Northumberland County Council": two bodies of two words or more that share only their
    last word, neither's words all among the other's, are two bodies (english38); "Norfolk
    Council" or "the County Council" after "Norfolk County Council" is the same one."""
    known = entities.get(key)
    if known is None or known.person or len(parts) < 2 or lex.language != "en":
        return False
    known_parts = known.name.replace("’", "'").split()
    if len(known_parts) < 2 or not (
        is_organisation(parts, lex) and is_organisation(known_parts, lex)
    ):
        return False
    mine, theirs = _name_words(parts, lex), _name_words(known_parts, lex)
    return bool(mine and theirs) and not (_within(mine, theirs) or _within(theirs, mine))


def _name_words(parts: list[str], lex: Lexicon) -> set[str]:
    """A name's words as they identify it, without determiners nor brackets, as one body is
    written two ways (mend38d): « Brighton & Hove » is « Brighton and Hove », "Newcastle-upon-
    Tyne" holds "Newcastle", "Harford’s Borough Council" is "Harford Borough Council"."""
    words = {identity(w) for p in parts for w in re.split(r"-", p.strip("()"))}
    words = {re.sub(r"'s$", "", w) for w in words}
    return words - lex.word_set("determiners") - {"", "&", "and"}


def _within(words: set[str], other: set[str]) -> bool:
    """Every word of one name is in the other, or shortens one of its words as "Met" does
    "Metropolitan" (mend38d): the same body, not another."""
    return all(any(o.startswith(w) for o in other) if len(w) > 2 else w in other for w in words)


def titled(word: str, lex: Lexicon) -> bool:
    """A title before a surname ("Mr", "Cllr", « Mme »), not a first name."""
    return word.rstrip(".") in _titles(lex)


@built_once
def _titles(lex: Lexicon) -> frozenset[str]:
    """The lexicon's ``titles`` folded without their period, and the English abbreviations a
    French article may use (``english_title_abbreviations``; English lists them among its
    titles), built once per lexicon, not at each name compared."""
    titles = frozenset(fold(t).rstrip(".") for t in lex.raw.get("titles", []))
    return titles | lex.word_set("english_title_abbreviations")


def _by_first_name(entities: dict[str, Entity], word: str) -> Entity | None:
    """The first person met whose name opens on the first name ``word``, read from the
    registry's index of first names when it keeps one (hostile57)."""
    if isinstance(entities, Registry):
        met = entities.filed("first names", _first_name, {word}, latest=False)
    else:
        met = iter(entities.values())
    return next((e for e in met if e.person and _first_name(e) == (word,)), None)


def _first_name(entity: Entity) -> tuple[str, ...]:
    """The first word of the entity's name as ``identity`` reads it, if it has one."""
    words = entity.name.split()
    return (identity(words[0]),) if words else ()
