"""Bodies named together, then taken up by a plural that may count them: one named group.

An article names bodies together in two ways: under their kind (« Les syndicats OGBL et
LCGB », « les partis PS, MR et Ecolo », after9) or as outlets one after the other
(« confirmant des informations du Point et des Echos », speakers9). A plural description
that spoke (« selon les deux grands syndicats », « les deux organisations syndicales »,
« selon les deux journaux ») is then that group, named, not a vague group, when its count
(« deux », a number of the lexicon's ``number_words`` with its value, or digits) fits it.
One reader of the description serves both: a plural determiner, the count, one or two words.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from quizapp.draft.anaphora.offices.opened_after_name import ReadArticle
from quizapp.draft.sources.outlets import outlet_mentions, with_article
from quizapp.draft.speakers.bodies.body_kinds import body_nouns, kinds_covered
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import Lexicon, fold
from quizapp.draft.words.plural import written_plural

_NAME = r"[A-ZÀ-Ö][\w&-]*(?:\s+[A-ZÀ-Ö][\w&-]*){0,3}"
_GROUP = re.compile(  # « Les syndicats OGBL et LCGB », « les partis PS, MR et Ecolo »
    rf"\b[Ll]es\s+(?P<kind>[a-zà-ÿ]+s)\s+(?P<first>{_NAME})(?P<more>(?:\s*,\s*{_NAME})*)"
    rf"\s+et\s+(?:l[ea]\s+|l['’]\s*)?{_NAME}\b"
)
# what stands between two outlets named together: « du Point et des Echos », « X, Y et Z »
_JOINED = re.compile(r"\s*(?:,|et|and)\s+(?:(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*)?")
_WORD = re.compile(r"[a-zà-ÿ]+")


class Plural(NamedTuple):
    """A plural description read for a group: its count (0 when it writes none) and its
    one or two words after it (« grands syndicats », « organisations syndicales »)."""

    count: int
    words: list[str]


def plural_of(folded: str, lex: Lexicon) -> Plural | None:
    """« les deux grands syndicats », « ces partis », « les 2 titres »: a plural determiner
    of the lexicon's ``group_determiners``, an optional count, then one or two words of
    which the last is plural; None for anything else."""
    words = folded.split()
    if len(words) < 2 or words[0] not in lex.word_set("group_determiners"):
        return None
    count = count_of(words[1], lex)
    rest = words[2:] if count else words[1:]
    if not 1 <= len(rest) <= 2 or not all(_WORD.fullmatch(w) for w in rest):
        return None
    return Plural(count, rest) if written_plural(rest[-1]) else None


def count_of(word: str, lex: Lexicon) -> int:
    """The number a word writes (« deux » 2, "3" 3) by the lexicon's ``number_words``; 0
    when it is no number."""
    if word.isdigit():
        return int(word)
    return lex.raw.get("number_words", {}).get(word, 0)


def link_groups_to_names(read: ReadArticle) -> set[str]:
    """Rename each plural description of a kind of body that spoke and was taken to no one
    as the one named group of that kind the article writes; the original names linked
    (their statements are then named, not vague)."""
    entities, renamed, lex, speaking = read.entities, read.renamed, read.lex, read.speaking
    groups = _named_groups(read.text, lex)
    linked: set[str] = set()
    for key, described in entities.items():
        if not key.startswith("d:") or described.name not in speaking:
            continue
        plural = plural_of(fold(described.name.strip()), lex)
        if plural is None or described.name in renamed:
            continue
        wanted = set().union(*(_kinds_taken_up(n, lex) for n in plural.words))
        fits = {
            phrase for kind, size, phrase in groups if kind in wanted and plural.count in (0, size)
        }
        if len(fits) == 1:
            linked.add(described.name)
            renamed[described.name] = key
            described.name = fits.pop()
            described.label = "named"
    return linked


def outlets_together(
    entities: dict[str, Entity], text: str, folded: str, span: Span | None, lex: Lexicon
) -> Entity | None:
    """The outlets « les deux journaux » (``folded``: a counted plural whose noun is one of
    the lexicon's ``outlet_plurals``) stands for: the latest run of as many outlets named
    together before ``span``, as one named entity; None otherwise."""
    plural = plural_of(folded, lex)
    if span is None or plural is None or plural.count < 2:
        return None
    if plural.words[-1] not in lex.word_set("outlet_plurals"):
        return None
    run = _latest_run(text, outlet_mentions(text, (0, span[0]), lex))
    if len(run) != plural.count:
        return None
    names = [with_article(text[start:end], lex) for start, end in run]
    name = ", ".join(names[:-1]) + " et " + names[-1]  # « Le Point et Les Echos »
    key = "g:" + fold(name)
    entity = entities.setdefault(key, Entity(key, name, "named", person=False))
    entity.gender = "p"
    return entity


def _kinds_taken_up(plural: str, lex: Lexicon) -> set[str]:
    """The plural kinds a plural description's noun takes up: itself and, by the lexicon's
    ``body_hypernyms``, the kinds it covers (« les deux organisations » -> « syndicats »)."""
    covered = kinds_covered(lex).get(plural[:-1], frozenset())
    return {plural} | {kind + "s" for kind in covered if " " not in kind}


def _named_groups(text: str, lex: Lexicon) -> list[tuple[str, int, str]]:
    """Each group of named bodies written under their plural kind: (kind, how many, phrase);
    a kind is a body noun of the lexicon in the plural (« syndicats », « partis »). People
    named together under a title that says their trade (« Me X et Me Y »: lexicon
    ``title_kinds``) are a group of that kind too (« avocats »)."""
    nouns = body_nouns(lex)
    found = []
    for group in _GROUP.finditer(text):
        kind = fold(group.group("kind"))
        if kind[:-1] not in nouns:
            continue
        size = 2 + group.group("more").count(",")
        found.append((kind, size, group.group(0)))
    for title, kind in lex.raw.get("title_kinds", {}).items():
        for group in _titled_together(title).finditer(text):
            found.append((kind, 2 + group.group("more").count(","), group.group(0)))
    return found


@cache
def _titled_together(title: str) -> re.Pattern[str]:
    """Two or more names each after the same title: « Me X et Me Y », « Me X, Me Y et Me Z »."""
    one = rf"{re.escape(title)}\s+{_NAME}"
    return re.compile(rf"(?<!\w){one}(?P<more>(?:\s*,\s*{one})*)\s+et\s+{one}\b")


def _latest_run(text: str, mentions: list[Span]) -> list[Span]:
    """The latest outlets named one after the other, joined by a comma or « et »."""
    run: list[Span] = []
    for mention in reversed(mentions):
        if run and not _JOINED.fullmatch(text, mention[1], run[0][0]):
            if len(run) > 1:
                break
            run = []
        run.insert(0, mention)
    return run if len(run) > 1 else []
