"""The person at the head of a named body, taken up by a description of that office: «
l'emblématique patron du RC Lens annonce… » after « Gervais Martel, président du RC Lens »,
« selon le dirigeant du FC X » after « le président du FC X, Paul Y ». The body's name in
the description is not the speaker (the resolver would take it for a name); the one person
the article titled as a head of that same body is (lexicon ``leader_words``: « patron »,
« président », « dirigeant », « PDG »… are one office for this)."""

from __future__ import annotations

import re
from typing import Protocol

from quizapp.draft.names.titles.descriptions import content_words
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once, fold


class _Reader(Protocol):
    lex: Lexicon
    entities: dict[str, Entity]
    speakers_order: list[str]


# an article, up to two lowercase words (« emblématique »), the office, « de / du / de la »
_OFFICE_OF = re.compile(
    r"(?:[Ll]e|[Ll]a|[Ll]['’])\s*(?:[a-zà-ÿ-]+\s+){0,2}?(?P<office>[\w-]+)\s+"
    r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])(?P<body>[A-ZÀ-Ý][\w'’ -]*)"
)


def leader_of_body(reader: _Reader, phrase: str) -> Entity | None:
    """The one person whose title is a head of the body ``phrase`` describes the head of
    (« le patron du RC Lens »): a title with a leader word whose words hold every word of
    the body's name; None when nobody, or more than one person, was so titled."""
    found = _OFFICE_OF.fullmatch(phrase.strip())
    lex = reader.lex
    if found is None or fold(found.group("office")) not in lex.word_set("leader_words"):
        return None
    body = set(content_words(found.group("body"), lex))  # as titles keep their words
    holders = [
        entity
        for entity in reader.entities.values()
        if entity.person and any(_heads(title, body, lex) for title in entity.titles)
    ]
    return holders[0] if len({id(h) for h in holders}) == 1 else None


def _heads(title: tuple[str, frozenset[str]], body: set[str], lex: Lexicon) -> bool:
    head, words = title
    return bool(body) and head in lex.word_set("leader_words") and body <= words


@built_once
def _maker_of(lex: Lexicon) -> re.Pattern[str]:
    """ "the maker of Norton anti-virus software", "the parent company of Saks": the firm
    described by what it makes or holds (lexicon ``maker_words``), a name after "of"."""
    words = alternation(lex.words("maker_words"))
    return re.compile(
        rf"(?i:the)\s+(?:[a-z'’-]+\s+){{0,3}}?(?i:{words})\s+of\s+(?:the\s+)?[A-Z][^,;:]*"
    )


def maker_of_brand(reader: _Reader, phrase: str) -> Entity | None:
    """The firm that "the maker of Norton anti-virus software" stands for: the brand after
    "of" is what it makes, not who speaks; the latest named body that spoke (Symantec) is,
    when its name is no part of the phrase. None when no such body spoke before."""
    if not reader.lex.words("maker_words") or not _maker_of(reader.lex).fullmatch(phrase.strip()):
        return None
    for key in reversed(reader.speakers_order):
        entity = reader.entities[key]
        if entity.label == "named" and not entity.person and entity.name not in phrase:
            return entity
    return None
