"""Named bodies written together under their kind (« Les syndicats OGBL et LCGB », « les
partis PS et MR »): one named group. A plural description of that kind, or of a kind that
covers it, that spoke (« selon les deux grands syndicats », « les deux organisations
syndicales », then « ils ») is that group, named, when the article writes
exactly one such group of its kind and a count in the description (« les deux ») fits it.
"""

from __future__ import annotations

import re

from quizapp.draft.anaphora.institutions import body_nouns, kinds_covered
from quizapp.draft.lexicon import Lexicon, fold
from quizapp.draft.speakers.entity import Entity

_NAME = r"[A-ZÀ-Ö][\w&-]*(?:\s+[A-ZÀ-Ö][\w&-]*){0,3}"
_GROUP = re.compile(  # « Les syndicats OGBL et LCGB », « les partis PS, MR et Ecolo »
    rf"\b[Ll]es\s+(?P<kind>[a-zà-ÿ]+s)\s+(?P<first>{_NAME})(?P<more>(?:\s*,\s*{_NAME})*)"
    rf"\s+et\s+(?:l[ea]\s+|l['’]\s*)?{_NAME}\b"
)
_PLURAL = re.compile(  # « les deux grands syndicats », « les syndicats », « ces deux partis »
    r"(?i)^(?:les|ces)\s+(?:(?P<count>deux|trois|quatre|cinq)\s+)?"
    r"(?P<kind>(?:[a-zà-ÿ]+\s+)?[a-zà-ÿ]+[sx])$"  # the noun is either of the last two words
)
_COUNTS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5}


def link_groups_to_names(
    entities: dict[str, Entity],
    renamed: dict[str, str],
    text: str,
    lex: Lexicon,
    speaking: set[str],
) -> set[str]:
    """Rename each plural description of a kind of body that spoke and was taken to no one
    as the one named group of that kind the article writes; the original names linked
    (their statements are then named, not vague)."""
    groups = _named_groups(text, lex)
    linked: set[str] = set()
    for key, described in entities.items():
        if not key.startswith("d:") or described.name not in speaking:
            continue
        plural = _PLURAL.match(described.name.strip())
        if plural is None or described.name in renamed:
            continue
        count = _COUNTS.get(fold(plural.group("count") or ""), 0)
        nouns = fold(plural.group("kind")).split()  # « grands syndicats », « organisations
        wanted = set().union(*(_kinds_taken_up(n, lex) for n in nouns))  # syndicales »
        fits = {phrase for kind, size, phrase in groups if kind in wanted and count in (0, size)}
        if len(fits) == 1:
            linked.add(described.name)
            renamed[described.name] = key
            described.name = fits.pop()
            described.label = "named"
    return linked


def _kinds_taken_up(plural: str, lex: Lexicon) -> set[str]:
    """The plural kinds a plural description's noun takes up: itself and, by the lexicon's
    ``body_hypernyms``, the kinds it covers (« les deux organisations » -> « syndicats »)."""
    covered = kinds_covered(lex).get(plural[:-1], frozenset())
    return {plural} | {kind + "s" for kind in covered if " " not in kind}


def _named_groups(text: str, lex: Lexicon) -> list[tuple[str, int, str]]:
    """Each group of named bodies written under their plural kind: (kind, how many, phrase);
    a kind is a body noun of the lexicon in the plural (« syndicats », « partis »)."""
    nouns = body_nouns(lex)
    found = []
    for group in _GROUP.finditer(text):
        kind = fold(group.group("kind"))
        if kind[:-1] not in nouns:
            continue
        size = 2 + group.group("more").count(",")
        found.append((kind, size, group.group(0)))
    return found
