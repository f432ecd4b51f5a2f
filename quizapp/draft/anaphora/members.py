"""A member of a group that spoke before speaks for that group: "Two U.S. officials said… .
…, one of the officials said", « Trois élus ont dénoncé… . L'un des élus affirme… ». The
reader (and the answer key) counts one group of sources, not a second, unrelated one.
And the other way round, a couple named together (« Léa et Marc ») gives « son époux » a
name: the one of the two who is not the person just heard. The couple itself is found here too
(two people joined by « et » as one subject, whom « ils » then stands for), and « elle » or
« il » after it spoke: each reading rests on the same joined names.

Only a partitive the lexicon lists (``partitive_openers``) followed by the group's own head
noun (a plural: "officials", « élus ») is read so, and only a group that already spoke,
the latest first.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Protocol

from quizapp.draft.lexicon import Lexicon, alternation, built_once, fold
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.speakers.met import Met


class _Reader(Protocol):
    lex: Lexicon
    text: str
    entities: dict[str, Entity]
    speakers_order: list[str]
    seen: Met
    sentence: int
    spoke_in: dict[str, int]

    def last_speaker_key(self) -> str | None: ...


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
        names = _JOINED.split(reader.entities[key].name)
        if key.startswith("g:") and len(names) == 2 and last.name in names:
            other = names[1 - names.index(last.name)]
            found = [e for k, e in reader.entities.items() if e.name == other and k != key]
            return found[0] if found else None
    return None


def couple_before(reader: _Reader, at: int) -> Entity | None:
    """« Léa et Marc, retraités, vivent ici. Ils confient… »: two people named as one
    subject (joined by « et », "and"), in this sentence or the one before, are what a
    plural pronoun stands for, together, under both their names."""
    recent = [s for s in reader.seen if s.offset < at and s.sentence >= reader.sentence - 1]
    for first, second in reversed(list(pairwise(recent))):
        one, other = reader.entities[first.key], reader.entities[second.key]
        ends = [m[1] for m in one.mentions if m[0] == first.offset]
        if not (first.subject or second.subject) or not ends or one is other:
            continue  # a person joined to a word nothing told is a person too (« Léonne »)
        if not (one.person or other.person) or not _JOINED.fullmatch(
            reader.text, ends[0], second.offset
        ):
            continue
        end = next(m[1] for m in other.mentions if m[0] == second.offset)
        name = reader.text[first.offset : end]
        key = "g:" + fold(name)
        group = reader.entities.setdefault(key, Entity(key, name, "named", person=True))
        group.gender, group.members = "p", (one.key, other.key)
        group.mentions = [(first.offset, end)]  # a new list: mentions only grow
        one.person = other.person = True
        return group
    return None


def one_of_couple(reader: _Reader, gender: str) -> Entity | None:
    """« Léa et Marc … Ils confient… « … », s'agace-t-elle »: after a couple spoke (this
    sentence or the one before), « elle » or « il » is the one of the two the other's
    gender leaves (a first name may tell nothing)."""
    key = reader.last_speaker_key()
    group = reader.entities[key] if key is not None else None
    if group is None or len(group.members) != 2 or gender not in "mf":
        return None
    if reader.spoke_in.get(group.key, -9) < reader.sentence - 1:
        return None
    one, other = (reader.entities[k] for k in group.members)
    opposite = "m" if gender == "f" else "f"
    fits = [e for e, o in ((one, other), (other, one)) if e.gender == gender or (
        e.gender == "x" and o.gender == opposite)]  # fmt: skip
    return fits[0] if len(fits) == 1 else None


_POSSESSIVES = {"son", "sa", "his", "her"}
_JOINED = re.compile(r"\s+(?:et|and)\s+")  # « Léa et Marc »: two names as one subject
