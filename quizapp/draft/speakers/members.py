"""A member of a group that spoke before speaks for that group: "Two U.S. officials said… .
…, one of the officials said", « Trois élus ont dénoncé… . L'un des élus affirme… ». The
reader (and the answer key) counts one group of sources, not a second, unrelated one.

Only a partitive the lexicon lists (``partitive_openers``) followed by the group's own head
noun (a plural: "officials", « élus ») is read so, and only a group that already spoke,
the latest first.
"""

from __future__ import annotations

import re
from typing import Protocol

from quizapp.draft.lexicon import Lexicon, alternation, fold
from quizapp.draft.speakers.entity import Entity


class _Reader(Protocol):
    lex: Lexicon
    entities: dict[str, Entity]
    speakers_order: list[str]


def group_of_member(reader: _Reader, phrase: str) -> Entity | None:
    """The group a member (``phrase``, folded: "one of the officials") was counted in."""
    head = _member_head(phrase, reader.lex)
    if head is None:
        return None
    for key in reversed(reader.speakers_order):
        entity = reader.entities[key]
        if head in entity.roles and fold(entity.name) != phrase:  # a plural head: a group
            return entity
    return None


def _member_head(phrase: str, lex: Lexicon) -> str | None:
    openers = lex.words("partitive_openers")
    if not openers:
        return None
    pattern = lex.cache.get("partitive_pattern")
    if pattern is None:
        pattern = re.compile(rf"(?:{alternation(openers)})\s*(?:[\w-]+\s+)?(?P<head>[\w-]+)")
        lex.cache["partitive_pattern"] = pattern
    found = pattern.fullmatch(phrase.strip())
    return found.group("head") if found else None
