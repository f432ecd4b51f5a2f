"""A counted pair takes up two people or bodies named just before as one named group: "Both
men said…", "The two companies said…", « … », assurent les deux élus. The reader (and the
answer key) names the two, not a vague group (speakers56).

The pair is the two joined by "and" (lexicon ``pair_joiner``) in the last sentences; failing
that, for a description counting two people, the last two named people when the article
named them together, in one sentence joined by the joiner, and when the pair's noun fits
them (mend56e): « les deux élus » after « Le maire X et son adjoint Y … avec l'architecte Z »
is not Y and Z, and « les deux hommes » is no woman. Otherwise the description stays vague.
"""

from __future__ import annotations

import re
from itertools import pairwise

from quizapp.draft.anaphora.reader import NarrationReader
from quizapp.draft.speakers.entity import Entity, named_person
from quizapp.draft.speakers.met import Seen
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once, fold


def pair_taken_up(reader: NarrationReader, phrase: str, at: int) -> Entity | None:
    """ "Both men said…", "The groups said…" (``phrase``, folded, written at ``at``): the
    pair heard before, else two named people or bodies met just before, as one named group
    (lexicon ``pair_openers``, ``pair_people_heads``, ``pair_body_heads``). In French only a
    count opens it: « les syndicats » alone is every union (``pair_plain_determiners``)."""
    lex, words = reader.lex, phrase.split()
    if not words:
        return None
    head = words[-1]
    people = head in lex.word_set("pair_people_heads")
    openers = {" ".join(words[:-1]), " ".join(words[:-2])}  # one word before the head
    counted = bool(openers & lex.word_set("pair_openers"))
    plain = bool(openers & lex.word_set("pair_plain_determiners"))
    if not (people or head in lex.word_set("pair_body_heads")) or not (counted or plain):
        return None
    for key in reversed(reader.speakers_order):  # "The groups said…" again, further on
        if reader.entities[key].members and head in reader.entities[key].roles:
            return reader.entities[key]
    joined = _joined_pair(reader, at, head, people)
    if joined is not None:
        return joined or None
    return _last_two_people(reader, at, head) if counted and people else None


def _joined_pair(reader: NarrationReader, at: int, head: str, people: bool) -> Entity | bool | None:
    """The two joined by the joiner in the last sentences (False: bodies named under their
    kind, « les partis PS et MR », which ``named_groups`` reads; None: no such two)."""
    recent = [s for s in reader.seen if s.offset < at and s.sentence >= reader.sentence - 3]
    for first, second in reversed(list(pairwise(recent))):
        one, other = reader.entities[first.key], reader.entities[second.key]
        if one is other or (people and not (one.person and other.person)):
            continue  # bodies: a name such as "Bolt Industries" may pass for a person
        if people and not _fit(reader.lex, head, (one, other), False):
            continue
        if _joined(reader, first, second):
            return not _under_kind(reader, first.offset) and _pair(reader, one, other, head)
    return None


def _joined(reader: NarrationReader, first: Seen, second: Seen) -> bool:
    """``second`` follows ``first`` with only the joiner between (« Léa et Marc »)."""
    ends = [m[1] for m in reader.entities[first.key].mentions if m[0] == first.offset]
    joiner = re.escape(reader.lex.raw.get("pair_joiner", "and"))
    return (
        bool(ends)
        and re.fullmatch(rf"\s+{joiner}\s+", reader.text[ends[0] : second.offset]) is not None
    )


def _under_kind(reader: NarrationReader, offset: int) -> bool:
    """« Les partis PS et MR »: bodies named under their kind (lexicon ``kind_determiners``)."""
    if not reader.lex.words("kind_determiners"):
        return False
    return bool(_kind(reader.lex).search(reader.text, max(0, offset - 40), offset))


@built_once
def _kind(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{alternation(lex.words('kind_determiners'))})\s+\w+s\s+$")


def _last_two_people(reader: NarrationReader, at: int, head: str) -> Entity | None:
    """The last two named people met before ``at``, in the sentences just before, when named
    together (one sentence, the joiner between them) and fitting the pair's noun."""
    found: list[Seen] = []
    for seen in reversed(reader.seen):
        if seen.sentence < reader.sentence - 3 or len(found) == 2:
            break
        entity = reader.entities[seen.key]
        fresh = all(f.key != seen.key for f in found)
        if seen.offset < at and named_person(entity) and not entity.members and fresh:
            found.insert(0, seen)
    if len(found) < 2:
        return None
    found.sort(key=lambda seen: seen.offset)  # « Selon elle et Paul X »: met out of order
    one, other = (reader.entities[s.key] for s in found)
    if not _fit(reader.lex, head, (one, other), introduced_together(reader, {one.key, other.key})):
        return None
    return _pair(reader, one, other, head) if _together(reader, found) else None


def _together(reader: NarrationReader, found: list[Seen]) -> bool:
    """Two people named in one sentence, the joiner between them, where the language asks it
    (lexicon ``pair_named_together``: French; "Both men" takes up two sentences' people), or
    introduced together earlier in the article, one right after the other (speakers57: « les
    deux aspirants que sont Jean X et Laurent Y. Les mots de Jean X … Laurent Y. … les deux
    amis »)."""
    if not reader.lex.raw.get("pair_named_together"):
        return True
    if found[0].sentence == found[1].sentence:
        joiner = fold(reader.lex.raw.get("pair_joiner", "and"))
        between = reader.text[found[0].offset : found[1].offset]
        if joiner in fold(between).replace(",", " ").split():
            return True
    return introduced_together(reader, {found[0].key, found[1].key})


def introduced_together(reader: NarrationReader, keys: set[str]) -> bool:
    """The two people of ``keys`` met one right after the other somewhere before, in one
    sentence, with only the joiner or a companion's link between them (lexicon
    ``pair_companion_links``: « X, le patron, avec sa compagne Y »), an apposition of the
    first allowed."""
    met = sorted((s for s in reader.seen if s.key in keys), key=lambda seen: seen.offset)
    return any(
        first.key != second.key
        and first.sentence == second.sentence
        and _linked(reader, first, second)
        for first, second in pairwise(met)
    )


def _linked(reader: NarrationReader, first: Seen, second: Seen) -> bool:
    """Only the joiner or a companion's link between two mentions, past the first's
    apposition set off by commas."""
    ends = [m[1] for m in reader.entities[first.key].mentions if m[0] == first.offset]
    return (
        bool(ends) and _link(reader.lex).fullmatch(reader.text, ends[0], second.offset) is not None
    )


@built_once
def _link(lex: Lexicon) -> re.Pattern[str]:
    joiner = re.escape(lex.raw.get("pair_joiner", "and"))
    links = lex.words("pair_companion_links")
    companion = rf"|(?:{alternation(links)})\s+[\w-]+" if links else ""
    return re.compile(rf"(?i)(?:\s*,[^,.;:«»]{{1,80}},)?\s+(?:{joiner}{companion})\s+")


def _fit(lex: Lexicon, head: str, people: tuple[Entity, Entity], introduced: bool) -> bool:
    """Both people fit the pair's noun: its gender (lexicon ``pair_head_genders``:
    « hommes », no woman) and, for office holders (``plural_office_heads``: « élus »), a role
    each of them was given, or one of them when the two were ``introduced`` together
    (speakers57: « Paul X et Samia Y ne siègent pas … Samia Y, conseillère … les deux élus »)."""
    gender = lex.raw.get("pair_head_genders", {}).get(head)
    if gender and any(p.gender not in (gender, "x") for p in people):
        return False
    roles = [bool(p.roles) for p in people]
    return (
        head not in lex.word_set("plural_office_heads") or all(roles) or (introduced and any(roles))
    )


def _pair(reader: NarrationReader, one: Entity, other: Entity, head: str) -> Entity:
    """Two entities as one named group, under both their names, which ``head`` ("groups",
    "men") takes up again later."""
    name = f"{one.name} {reader.lex.raw.get('pair_joiner', 'and')} {other.name}"
    key = "g:" + fold(name)
    group = reader.entities.setdefault(key, Entity(key, name, "named", person=one.person))
    group.gender, group.members = "p", (one.key, other.key)
    group.roles.add(head)
    return group
