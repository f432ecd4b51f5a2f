"""A member of a group that spoke before speaks for that group: "Two U.S. officials said… .
…, one of the officials said", « Trois élus ont dénoncé… . L'un des élus affirme… ». The
reader (and the answer key) counts one group of sources, not a second, unrelated one.
And the other way round, a couple named together (« Léa et Marc ») gives « son époux » a
name: the one of the two who is not the person just heard.

Only a partitive the lexicon lists (``partitive_openers``) followed by the group's own head
noun (a plural: "officials", « élus ») is read so, and only a group that already spoke,
the latest first.
"""

from __future__ import annotations

import re
from typing import Protocol

from quizapp.draft.lexicon import Lexicon, alternation, built_once, fold
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
    if not lex.words("partitive_openers"):
        return None
    found = _partitive(lex).fullmatch(phrase.strip())
    return found.group("head") if found else None


@built_once
def _partitive(lex: Lexicon) -> re.Pattern[str]:
    """ "one of the officials", « l'un des élus »: an opener, then the group's noun."""
    openers = lex.words("partitive_openers")
    return re.compile(rf"(?:{alternation(openers)})\s*(?:[\w-]+\s+)?(?P<head>[\w-]+)")


def partner_in_couple(reader: _Reader, phrase: str) -> Entity | None:
    """« "…", lâche Léa. "…", complète son époux »: after one of a couple named together
    spoke, a possessive and a word for a partner (lexicon ``partner_nouns``) is the other."""
    words = phrase.split()
    if len(words) != 2 or words[0] not in _POSSESSIVES or not reader.speakers_order:
        return None
    if words[1] not in reader.lex.word_set("partner_nouns"):
        return None
    last = reader.entities[reader.speakers_order[-1]]
    for key in reversed(reader.speakers_order):
        names = re.split(r"\s+(?:et|and)\s+", reader.entities[key].name)
        if key.startswith("g:") and len(names) == 2 and last.name in names:
            other = names[1 - names.index(last.name)]
            found = [e for k, e in reader.entities.items() if e.name == other and k != key]
            return found[0] if found else None
    return None


_POSSESSIVES = {"son", "sa", "his", "her"}
