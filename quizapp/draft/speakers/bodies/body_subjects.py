"""A body that opens the sentence before a pronoun, or the pronoun's own sentence, as its
subject: « Le syndicat se refuse à commenter ces chiffres. Il juge le débat prématuré »,
« La banque alimentaire recherche des volontaires. « … », précise-t-elle ». The reader takes
« il » / « elle » for that body, not for a person heard further back (anaphora20: the keys
give such a pronoun the body; the resolver had only people to choose from). The English "it"
that nothing else took up reads the same body (english36b). This module says where such a
pronoun looks (its own sentence up to it, else the sentence before) and which of the phrases
found there it may take; what a phrase opening a sentence is, an article and a noun for a body
or a person, is read in ``opening_subjects`` (out of this one since tidy38, at 300 lines)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from quizapp.draft.names.naming.gender import person_nouns
from quizapp.draft.speakers.bodies.body_kinds import body_nouns
from quizapp.draft.speakers.bodies.opening_subjects import (
    body_subject,
    opening_subject,
    someone_subject,
)
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.speakers.met import Seen, recent
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import Lexicon


class _Reader(Protocol):
    text: str
    lex: Lexicon
    entities: dict[str, Entity]
    seen: list[Seen]
    sentence_start: int
    previous_start: int


def someone_before(reader: _Reader, gender: str, at: int) -> Span | None:
    """The person or body « il » / « elle » (``gender``) at ``at`` stands for when nothing
    else took it up: one opening the pronoun's sentence before it (« Le maire Marchand est
    rassuré…, mais il constate »), else the sentence before (« Une jeune femme frappe à la
    porte. « … », s'enquiert-elle »). None otherwise (speakers31)."""
    return _first_opening(
        reader,
        gender,
        at,
        lambda sentence: someone_subject(reader.text, sentence, gender, reader.lex),
    )


def body_before(reader: _Reader, gender: str, at: int) -> Span | None:
    """The body « il » / « elle » (``gender``) at ``at`` takes up: one opening the pronoun's
    sentence before it, else the sentence before, with no person met between the body and
    the pronoun (« La banque lance une campagne. …, à l'image de Wissal X : « … », dit-elle »:
    the pronoun may be hers). None otherwise."""
    found = _first_opening(
        reader,
        gender,
        at,
        lambda sentence: body_subject(reader.text, sentence, gender, reader.lex),
        english_it=True,
    )
    if found is None:
        return None
    met = (reader.entities[s.key] for s in reader.seen if found[0] <= s.offset < at)
    return None if any(entity.person for entity in met) else found


def _first_opening(
    reader: _Reader,
    gender: str,
    at: int,
    find: Callable[[Span], Span | None],
    english_it: bool = False,
) -> Span | None:
    """What ``find`` reads opening the pronoun's sentence up to ``at``, else opening the
    sentence before: where the French « il » / « elle » (``gender``) that nothing else took
    up looks for what it stands for, the same two places for a body, a person and a singular
    after a plural speaker. With ``english_it``, the English "it" (gender "n") looks in the
    same two places for a body (english36b: "The council, which declined to comment, wants
    changes. It previously said…")."""
    french = gender in "mf" and reader.lex.language == "fr"
    english = english_it and gender == "n" and reader.lex.language == "en"
    if not (french or english):
        return None
    for sentence in ((reader.sentence_start, at), (reader.previous_start, reader.sentence_start)):
        found = find(sentence)
        if found is not None:
            return found
    return None


def singular_before(reader: _Reader, gender: str, at: int) -> Span | None:
    """The noun phrase « il » / « elle » (``gender``) at ``at`` stands for when the one who
    spoke last is a plural, whom a singular pronoun never takes up: an article and a noun of
    that gender opening the pronoun's sentence before it, else the sentence before (« Le
    propriétaire de la voiture a été relâché. Sa fille, qu'il a décrite comme… », after
    « selon des sources policières »), when its noun names people of a kind, never a thing
    (anaphora32, narrowed by mend32b)."""
    return _first_opening(
        reader,
        gender,
        at,
        lambda sentence: opening_subject(
            reader.text, sentence, gender, reader.lex, True, kind_nouns=True
        ),
    )


class _Met(Protocol):
    """What ``body_met_before`` reads of the reader: the names met, sentence by sentence."""

    lex: Lexicon
    entities: dict[str, Entity]
    seen: list[Seen]
    sentence: int


def body_met_before(reader: _Met) -> Entity | None:
    """ "… the news that the Transport Select Committee have recommended changes. They said
    …": with nobody heard yet, "they" is the latest named body met in this sentence or the
    one before (British English gives a body a plural verb; english20). A name of one word
    may be a common word opening a sentence ("Staff are angry because they say"): then
    nothing is taken."""
    for seen in recent(reader.seen if reader.lex.language == "en" else [], reader.sentence):
        entity = reader.entities[seen.key]
        if entity.label == "named" and not entity.person:
            return entity if " " in entity.name else None
    return None


def body_over_a_thing(reader: _Met, heard: Entity, at: int) -> Entity | None:
    """ "The plan is being pushed by Acme County Council. They say it would…": "they" (at
    ``at``) never stands for one thing described ("the plan", "the draft": a description
    whose head names no person, no body and no plural) even when that thing spoke last; a
    named body met since the thing was last mentioned, in this sentence before "they" or the
    one before, is the nearer antecedent that fits. None when the one heard is no such thing
    or no body was met since (english40)."""
    if reader.lex.language != "en" or not _one_thing(heard, reader.lex):
        return None
    last = max((m[0] for m in heard.mentions if m[0] < at), default=-1)
    for seen in recent(reader.seen, reader.sentence, at):
        entity = reader.entities[seen.key]
        if seen.offset <= last:
            return None
        if entity.label == "named" and not entity.person and " " in entity.name:
            return entity
    return None


def _one_thing(entity: Entity, lex: Lexicon) -> bool:
    """A description of one thing: no group, no plural, and its head no noun of the lexicon
    for a person or a body (``Entity.person`` is no help: a description is one that may
    speak, "the plan" as much as "the woman")."""
    words = entity.key[2:].split() if entity.key[:2] == "d:" else []
    if not words or entity.gender == "p" or entity.members:
        return False
    head = words[-1]
    return head not in person_nouns(lex) and head not in body_nouns(lex)
