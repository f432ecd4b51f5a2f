"""An office met before the name of the one who holds it: "selon le gouverneur de la province"
… later "le gouverneur provincial Gulab Mangar". The statements given to the description are
that person's, and a reader (and the answer key) names them by the fullest mention.

Only offices held by one person (described with a definite article, labelled named) are linked,
and only when exactly one named person of the article has that office's head noun written just
before their name; two governors, or none, leave the description as it is.
"""

from __future__ import annotations

import re

from quizapp.draft.speakers.entity import Entity


def link_offices_to_names(entities: dict[str, Entity], renamed: dict[str, str], text: str) -> None:
    """Record in ``renamed`` the person each lone office description stands for."""
    people = [e for k, e in entities.items() if not k.startswith("d:") and e.person]
    for key, entity in list(entities.items()):
        if not key.startswith("d:") or entity.label != "named" or entity.name in renamed:
            continue
        head = key[2:].split()[0] if key[2:].split() else ""
        if len(head) < 4:
            continue
        holders = [p for p in people if _titled(text, head, p.name)]
        if len({p.key for p in holders}) == 1:
            renamed[entity.name] = holders[0].key


def _titled(text: str, head: str, name: str) -> bool:
    """``head`` ("gouverneur") written shortly before ``name``, in the same phrase."""
    pattern = rf"\b{re.escape(head)}\b[^.,;:«»\"\n]{{0,40}}?\s{re.escape(name)}\b"
    return re.search(pattern, text, re.IGNORECASE) is not None
