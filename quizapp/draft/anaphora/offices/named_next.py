"""A description of a person that speaks first and is named in the sentence right after it
(names54): « Le maire de Melle fera savoir ce mercredi s'il donne son feu vert… Sylvain X
attend encore des améliorations… », « …, commente le député-maire. Christophe X refuse d'y
voir une sanction… ». News writing holds the name back one sentence (delayed
identification); the reader met the office first, so it stayed a speaker of its own, and
the keys give the name.

Only a lone definite description of one person (``opened_after_name.lone_description``) is
so named, by the first person the article names after its first mention when that name
opens the next sentence (a preposition or two before it at most: « Pour François X, il ne
s'agit pas… »), is new there (never met before the description), of a fitting gender and
written with no title of other words (``fits_described``). Anyone met in between, in the
description's own sentence or before the name, leaves it as it is: « Le maire a remis la
médaille à Jean X » names whom the mayor spoke of. Round 53 measured the English lede rule
opened to French and lost on bodies (« le PTB local » given to its spokesman); a body's
description is never read here.
"""

from __future__ import annotations

import re

from quizapp.draft.anaphora.descriptions.just_named import person_noun
from quizapp.draft.anaphora.descriptions.speaker_in_focus import person_heads
from quizapp.draft.anaphora.descriptions.undergone import underwent
from quizapp.draft.anaphora.offices.holders import holder_of
from quizapp.draft.anaphora.offices.opened_after_name import (
    ReadArticle,
    fits_described,
    lone_description,
)
from quizapp.draft.anaphora.offices.opposed_name import opposed
from quizapp.draft.speakers.entity import Entity, each_once, named_person
from quizapp.draft.words.folding import folded_words
from quizapp.draft.words.lexicon import fold

_NAMED_WITHIN = 700  # characters from the description to the name: the next sentence or so
_LEAD_WORDS = 2  # words of the name's sentence before it: « Pour », « Mais pour »
_SENTENCE_END = re.compile(r"[.!?…][\"»”)]*\s+|\n")


def name_next_descriptions(read: ReadArticle) -> set[str]:
    """Record in ``read.renamed`` the person each lone description is named as in the
    sentence after it; the descriptions so named. A description is a determiner and a noun
    at least: an article alone (« l' » of « l'a-t-il annoncé ») describes no one."""
    if read.lex.language != "fr":
        return set()
    people = each_once(e for e in read.entities.values() if e.mentions and e.person)
    named: set[str] = set()
    for key, described in list(read.entities.items()):
        if not _described_by_noun(key, described, read):
            continue
        person = _named_next(read, described, people)
        if person is not None:
            read.renamed[described.name] = person.key
            person.mentions.extend(described.mentions)
            named.add(described.name)
    return named


def _described_by_noun(key: str, described: Entity, read: ReadArticle) -> bool:
    """A lone description with a mention, written as a determiner and a noun at least."""
    if not described.mentions or len(folded_words(described.name)) < 2:
        return False
    return lone_description(key, described, read)


def _named_next(read: ReadArticle, described: Entity, people: list[Entity]) -> Entity | None:
    """The person first met after the description's first mention, when the name opens the
    sentence after a mention of the description and fits it; None otherwise."""
    start, end = min(described.mentions)
    if _quoted(read.text, start):
        return None  # « Le louvetier me disait… », in a witness's words: whom she speaks of
    at, person = _first_met_after(described, people, end)
    if person is None or not named_person(person) or person.gender not in ("m", "f"):
        return None
    if _met_between(people, (person, described), start, at):
        return None  # someone (a pronoun taken up, another description) met in between
    opening = _sentence_opening(read.text, _written_last(read.text, described, at), at)
    if opening is None or not fits_described(person, described, read.text, read.lex):
        return None
    return person if _fits_sentence(read, person, described, people, opening) else None


def _fits_sentence(
    read: ReadArticle, person: Entity, described: Entity, people: list[Entity], opening: int
) -> bool:
    """The name's own sentence (from ``opening``) goes on with the description: no title of
    other words, no one else named in it, no reply or contrast (mend54d), no victim."""
    if _introduced_otherwise(read, person, described):
        return False
    name = min(person.mentions)
    own_end = _SENTENCE_END.search(read.text, name[0])
    stop = own_end.start() if own_end else len(read.text)
    if _met_between(people, (person, described), name[0], stop):
        return False  # « Marc X, député de l'Ain, et Jean Y, député du Jura »: either
    if opposed(read.text, opening, name, stop, read.lex):
        return False  # « Paul X, lui, conteste ce choix »: someone set against the description
    return not underwent(person, read.text, stop, read.lex)  # a victim


def _met_between(people: list[Entity], skip: tuple[Entity, ...], start: int, end: int) -> bool:
    """Whether someone but ``skip`` is mentioned strictly between ``start`` and ``end``."""
    return any(start < m[0] < end for p in people if p not in skip for m in p.mentions)


def _written_last(text: str, described: Entity, at: int) -> int:
    """Where the description's last mention before ``at`` ends, or its words written again
    as the start of a longer one (« le maire » of the headline, then « Le maire de Melle
    fera savoir… », which speaks of no one else)."""
    ends = [m[1] for m in described.mentions if m[1] <= at]
    pattern = re.compile(rf"\b{re.escape(described.name)}\b", re.IGNORECASE)
    ends += [found.end() for found in pattern.finditer(text, 0, at)]
    return max(ends)


def _first_met_after(
    described: Entity, people: list[Entity], end: int
) -> tuple[int, Entity | None]:
    """The person whose first mention comes first after ``end``, and where it starts."""
    after = [(min(p.mentions)[0], p) for p in people if p is not described]
    after = [(at, p) for at, p in after if at >= end]
    return min(after, key=lambda pair: pair[0]) if after else (0, None)


def _sentence_opening(text: str, end: int, at: int) -> int | None:
    """Where the sentence of the name at ``at`` opens, when it began after the description
    (ending at ``end``), near it, and the name stands at most ``_LEAD_WORDS`` words into it;
    None otherwise."""
    breaks = list(_SENTENCE_END.finditer(text, end, at))
    if not breaks or at - end > _NAMED_WITHIN:
        return None  # no break: the name is in the description's own sentence
    opening = breaks[-1].end()
    return opening if len(text[opening:at].split()) <= _LEAD_WORDS else None


def _introduced_otherwise(read: ReadArticle, person: Entity, described: Entity) -> bool:
    """The name's first mention is set before an apposition whose noun is not the
    description's (« Eric X, président de l'association… » after « le maire de Y »): the
    article introduces someone new; delayed identification goes on with the name alone."""
    end = min(person.mentions)[1]
    apposition = _APPOSITION.match(read.text, end)
    if apposition is None:
        return False
    noun, lex = fold(apposition.group(1)), read.lex
    if noun not in person_heads(lex) and not person_noun(noun, lex):
        return False  # « Pour François X, il ne s'agit pas… »: no apposition
    return holder_of(described.name, [person], lex) is None  # « maire de Villeurbanne »


_APPOSITION = re.compile(r"\s*,\s*(?:l['’]|le\s|la\s|ancien\s|ancienne\s)?([a-zà-ÿ][\w-]*)")


def _quoted(text: str, at: int) -> bool:
    """Whether ``at`` stands inside a quotation of its paragraph: more quotation marks
    opened than closed before it, or an odd number of straight ones."""
    before = text[text.rfind("\n", 0, at) + 1 : at]
    opened = before.count("«") + before.count("“") - before.count("»") - before.count("”")
    return opened > 0 or before.count('"') % 2 == 1
