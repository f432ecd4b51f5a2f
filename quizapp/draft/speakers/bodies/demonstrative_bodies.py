"""A demonstrative description of a body, « Ce collectif de riverains et d'écologistes »,
that spoke and stayed a description: the one body the article names with the same noun
(« Le collectif des "amoureuses et amoureux de la rade de Brest" », « le collectif Vivre à
Vernac »), wherever it is written, before or after (a standfirst often describes a body its
first paragraph then names).

A demonstrative takes up, it does not narrow: the words after its noun (« de riverains et
d'écologistes ») describe the body and are no test of it, unlike those of a definite
description (offices/named_later.link_bodies_to_names). Two bodies named with the noun, or
none, leave it as written (bodies30).
"""

from __future__ import annotations

import re
from functools import cache

from quizapp.draft.anaphora.offices.opened_after_name import ReadArticle
from quizapp.draft.speakers.bodies.body_kinds import body_nouns
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.words.lexicon import Lexicon, fold

_NAME_AFTER = (  # a quoted name, after « des / de » or not, or a run opening on a capital
    r"(?:(?:des|de|du|d['’])\s*)?[\"«“][^\"»”\n]{2,80}[\"»”]"
    r"|[A-ZÀ-Ý][\w'’-]*(?:(?:\s+(?:de|du|des|la|le|à|et))*\s+[A-ZÀ-Ý][\w'’-]*){0,4}"
)


def link_demonstrative_bodies(read: ReadArticle) -> set[str]:
    """Rename each demonstrative description of a body that spoke and was taken to no one as
    the one body the article names with its noun; the original names linked (their
    statements are then named)."""
    entities, renamed, text, lex = read.entities, read.renamed, read.text, read.lex
    speaking, linked = read.speaking, set()
    for key, described in entities.items():
        head = _demonstrative_head(key, described, lex)
        if head is None or described.name not in speaking or described.name in renamed:
            continue
        names = {fold(m.group(0)): m.group(0) for m in _named_with(head).finditer(text)}
        if len(names) != 1:
            continue
        linked.add(described.name)
        renamed[described.name] = key
        described.name, described.label, described.person = names.popitem()[1], "named", False
    return linked


def _demonstrative_head(key: str, entity: Entity, lex: Lexicon) -> str | None:
    """The noun of a singular demonstrative description of a body (« ce collectif de
    riverains » -> « collectif »), a noun the lexicon knows for a body; None otherwise."""
    words = fold(entity.name).split()
    if not key.startswith("d:") or len(words) < 2:
        return None
    if words[0] not in lex.word_set("demonstrative_body_determiners"):
        return None
    return words[1] if words[1] in body_nouns(lex) else None


@cache
def _named_with(noun: str) -> re.Pattern[str]:
    """« le collectif » (``noun``) and the name written after it."""
    return re.compile(
        rf"(?<!\w)(?:[Ll]e\s+|[Ll]a\s+|[Ll]['’]\s*){re.escape(noun)}\s+(?:{_NAME_AFTER})"
    )
