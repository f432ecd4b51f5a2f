"""An office described before (or without) the name of the one who holds it: « Le ministre
de l'Industrie a assuré… » then « Marc Ferracci, ministre délégué à l'Industrie », or « le
gouverneur de cette province » after « le gouverneur provincial X ».

A reader links the description to the one person of the article whose written title has the
same head noun and holds the words that narrow it (its complement), wherever that title is
written, before the description or after it. A complement that only points back (« de cette
province », « de son pays ») narrows nothing. Two holders, or none, link nothing.
"""

from __future__ import annotations

import re

from quizapp.draft.lexicon import Lexicon
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.speakers.titles import content_words, description_of

_POINTING_BACK = re.compile(
    r"\b(?:de|d['’]|du|of)\s*(?:ce|cet|cette|ces|son|sa|ses|leur|leurs|this|that|its|their)\b",
    re.IGNORECASE,
)
_STEM = 5  # "province" and "provincial", "industrie" and "industriel" narrow alike


def holder_of(phrase: str, people: list[Entity], lex: Lexicon) -> Entity | None:
    """The one person among ``people`` whose title fits the description ``phrase``."""
    wanted = description_of(phrase, lex)
    if wanted is None:
        return None
    head, words = wanted
    narrowing = set() if _POINTING_BACK.search(phrase) else set(words) - {head}
    offices = _offices_covered(head, lex)
    found = {
        person.key: person
        for person in people
        if any(
            (t_head == head or any(office <= t_words for office in offices))
            and _covers(t_words, narrowing)
            for t_head, t_words in person.titles
        )
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _offices_covered(head: str, lex: Lexicon) -> list[frozenset[str]]:
    """The offices a general word covers (lexicon ``role_hypernyms``: « l'édile » is the
    mayor, « l'élu » the mayor, the member of parliament…), each as its content words."""
    offices = lex.raw.get("role_hypernyms", {}).get(head, [])
    return [frozenset(content_words(office, lex)) for office in offices]


def _covers(title_words: frozenset[str], narrowing: set[str]) -> bool:
    """The title holds the narrowing words; a bare title (« Le maire, X ») leans on the
    article's context, so it fits any complement (« le maire de Y »)."""
    if len(title_words) == 1:
        return True
    stems = {w[:_STEM] for w in title_words}
    places = [t[: max(4, len(t) - 1)] for t in title_words if len(t) >= 4]
    return all(
        w in title_words or w[:_STEM] in stems or any(w.startswith(p) for p in places)
        for w in narrowing  # "parisien" narrows as "Paris" does, "lyonnais" as "Lyon"
    )


def titled_people(entities: dict[str, Entity]) -> list[Entity]:
    """The named people of the article with a written title, each once."""
    people = {id(e): e for k, e in entities.items() if not k.startswith("d:") and e.person}
    return [e for e in people.values() if e.titles]
