"""What the narration keeps from the titles it reads and the descriptions it meets: the
title written next to a name (« X, ministre de l'Intérieur », for a later « le ministre »),
and the person a later definite description takes up by its words ("the US official" after
"A senior US official").

Moved out of naming/titles.py, now titles/descriptions.py (review22: past 300 lines), which
reads those titles.
"""

from __future__ import annotations

from quizapp.draft.names.titles.beside_name import apposition, title_after, title_beside
from quizapp.draft.names.titles.descriptions import content_words, description_of
from quizapp.draft.names.titles.predicate_titles import predicate_title_start
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.text.segment import Token
from quizapp.draft.words.lexicon import Lexicon, fold


def add_title(
    entity: Entity,
    text: str,
    tokens: list[Token],
    run: tuple[int, int],
    lex: Lexicon,
    after_only: bool = False,
) -> None:
    """Keep the title written next to a name, for a later "le ministre" to find it; only
    the one after it for a place ending a complement (``after_only``: « le président du
    comité de quartier X » is the description's title, not the place's)."""
    title = title_beside(tokens, run, lex) if after_only else apposition(tokens, run, lex)
    title = title or ([] if after_only else _predicate_title(tokens, run[1], lex))
    found = description_of(text[title[0].start : title[-1].end], lex) if title else None
    if found is not None and found not in entity.titles:
        entity.titles.append(found)
    seat = _office_in_name(tokens, run, lex)
    if seat is not None and seat not in entity.seats:
        entity.seats.append(seat)


def _predicate_title(tokens: list[Token], end: int, lex: Lexicon) -> list[Token]:
    """« X a été réélu maire de Papeete »: the title a predicate gives the name's holder
    (``titles/predicate_titles``), read as a title after a comma would be."""
    at = predicate_title_start(tokens, end, lex)
    if at is None:
        return []
    return title_after([*tokens[:at], Token(",", -1, -1), *tokens[at:]], at, lex)


def _office_in_name(
    tokens: list[Token], run: tuple[int, int], lex: Lexicon
) -> tuple[str, frozenset[str]] | None:
    """The office a title written inside the name names ("Cllr Mary Hogan", "Sen. X";
    lexicon ``office_title_abbreviations``): the name run keeps such a title as its first
    word, so no title is read beside it, yet a later "the councillor" is that person
    (english39). Kept apart from the written titles (``Entity.seats``): a seat says what
    the person sits as, never that another office ("the leader of the group") is not
    theirs, as a written title does for the readers of ``anaphora/descriptions``."""
    offices = lex.raw.get("office_title_abbreviations", {})
    if run[1] - run[0] < 2 or not offices:
        return None
    office = offices.get(fold(tokens[run[0]].text).rstrip("."))
    return None if office is None else description_of(office, lex)


def taken_up(phrase: str, head: str, met: list[Entity], lex: Lexicon) -> Entity | None:
    """Of the descriptions met (latest first), the person a definite description takes up:
    same head, and every word of it among theirs ("The official", "the US official" after
    "A senior US official"; not "the French official")."""
    wanted = set(content_words(phrase, lex))
    for entity in met:
        same = entity.person and head in entity.roles
        if same and wanted <= set(content_words(entity.name, lex)):
            return entity
    return None
