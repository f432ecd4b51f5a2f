"""One person whose name the article spells two ways: « Benjamin Netanyahou » then « M.
Netanyahu », « Claude Winstein » then « Claude Windstein », « Matthieu Devers » then « Mathieu
Devers ». A reporter's slip or a second transliteration makes the resolver meet a second
person, and her words go to a name the reader (and the answer key) takes for the first.

Two people named in the article are one when their surnames differ by a single letter (one
written more, less, other or swapped), their first names the same or one of them written
without any, and the surnames long enough for one letter to be a slip (``_SHORTEST``). A
first name is never a slip: « Julie » / « Julien », « Marie » / « Mario », "Diane" /
"Diana" are other people (mend56e). Nor are two forms named in one sentence (« Paul Durand
a reçu Paul Durant »), or given different roles (« le maire », « le préfet »), or a
surname and its feminine (lexicon ``added_feminine_endings``: « Martin » / « Martine »).
The spelling kept is the one met first, unless only the other writes a first name the
lexicon knows (« M. Netanyahu » then « Benjamin Netanyahou »). Run once the whole article is
read, by ``pipeline/fullest_names``.
"""

from __future__ import annotations

from quizapp.draft.names.naming.gender import first_name_gender
from quizapp.draft.speakers.entity import Entity, each_once, named_person
from quizapp.draft.speakers.met import Seen
from quizapp.draft.words.folding import unaccented
from quizapp.draft.words.lexicon import Lexicon, built_once, fold

_SHORTEST = 5  # « Vila » / « Villa » is a slip; « Roy » / « Rey » may be two people


def link_spelling_variants(
    entities: dict[str, Entity], renamed: dict[str, str], seen: list[Seen], lex: Lexicon
) -> None:
    """Record each person named under a second spelling as the one named first (in
    ``renamed``: the second spelling's name leads to the first's key)."""
    people = [e for e in each_once(entities.values()) if named_person(e) and e.mentions]
    people.sort(key=lambda e: e.mentions[0][0])
    sentence_at = {s.offset: s.sentence for s in seen}
    parts = [_parts(e, lex) for e in people]
    for i, j in _slip_pairs(parts, lex):
        first, later = people[i], people[j]
        if first.name in renamed or later.name in renamed:
            continue
        if _told_apart(first, later, sentence_at):
            continue
        kept, other = _kept(first, later, lex)
        renamed[other.name] = kept.key


def _slip_pairs(parts: list[tuple[str, str]], lex: Lexicon) -> list[tuple[int, int]]:
    """The pairs of people (indexes, in the order of ``combinations``) whose names are one
    slip apart, found through their surnames' one-letter-less forms rather
    than by comparing every two people: two surnames a letter apart (written more, less,
    other or swapped) share one such form, so a long list of names costs what it holds."""
    by_surname: dict[str, list[int]] = {}
    for index, (_, surname) in enumerate(parts):
        if len(surname) >= _SHORTEST:
            by_surname.setdefault(surname, []).append(index)
    by_form: dict[str, set[str]] = {}
    for surname in by_surname:
        for form in _one_less(surname):
            by_form.setdefault(form, set()).add(surname)
    pairs: set[tuple[int, int]] = set()
    for surname in by_surname:
        near = {o for f in _one_less(surname) for o in by_form[f] if o > surname}
        for other in (o for o in near if _slip(surname, o, lex)):
            pairs |= _same_given(parts, by_surname[surname], by_surname[other])
    return sorted(pairs)


def _one_less(word: str) -> set[str]:
    """The word and each form of it with one letter left out."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def _same_given(
    parts: list[tuple[str, str]], ones: list[int], others: list[int]
) -> set[tuple[int, int]]:
    """The pairs of the two groups whose first names agree: the same, or one of them without
    any (a title and a surname: « M. Netanyahu »); a first name one letter apart is another."""
    return {
        (min(i, j), max(i, j))
        for i in ones
        for j in others
        if parts[i][0] == parts[j][0] or not (parts[i][0] and parts[j][0])
    }


def _told_apart(one: Entity, other: Entity, sentence_at: dict[int, int]) -> bool:
    """Two forms the article sets side by side are two people: both named in one sentence
    (« Paul Durand, le maire, a reçu Paul Durant, le préfet »), or each given its own role."""
    sentences = [{sentence_at.get(m[0], -1) for m in e.mentions} - {-1} for e in (one, other)]
    if sentences[0] & sentences[1]:
        return True
    return bool(one.roles and other.roles) and not one.roles & other.roles


def _parts(entity: Entity, lex: Lexicon) -> tuple[str, str]:
    """A person's first names (no civil title) and surname, folded and unaccented."""
    titles = _folded_titles(lex)
    words = [w for w in unaccented(fold(entity.name)).split() if w not in titles]
    return " ".join(words[:-1]), words[-1] if words else ""


@built_once
def _folded_titles(lex: Lexicon) -> frozenset[str]:
    """The lexicon's civil titles, folded (built once per lexicon, not once a person)."""
    return frozenset(fold(t) for t in lex.raw_set("titles"))


def _slip(a: str, b: str, lex: Lexicon) -> bool:
    """One letter written more, less, other or swapped between two words long enough;
    never a feminine ending added (lexicon ``added_feminine_endings``: « Martin » /
    « Martine » are two people)."""
    if a == b or min(len(a), len(b)) < _SHORTEST or abs(len(a) - len(b)) > 1:
        return False
    if _feminine_of(a, b, lex) or _feminine_of(b, a, lex):
        return False
    if len(a) != len(b):
        short, long = sorted((a, b), key=len)
        return any(
            long[i].isalpha() and long[:i] + long[i + 1 :] == short for i in range(len(long))
        )
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if not all(a[i].isalpha() and b[i].isalpha() for i in diff):
        return False  # « Jean-Luc » / « Jean Luc »: the same name, not a slip
    swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
    return len(diff) == 1 or (swapped and a[diff[1]] == b[diff[0]])


def _kept(first: Entity, later: Entity, lex: Lexicon) -> tuple[Entity, Entity]:
    """The spelling kept and the one it replaces: the first met, unless only the later one
    writes a first name the lexicon knows (« M. Netanyahu » then « Benjamin Netanyahou »)."""
    known_first, known_later = (_known_given(e, lex) for e in (first, later))
    return (later, first) if known_later and not known_first else (first, later)


def _feminine_of(word: str, other: str, lex: Lexicon) -> bool:
    """``other`` is ``word`` with a feminine ending the language adds (« Martine »)."""
    endings = lex.raw.get("added_feminine_endings", {})
    return any(
        word.endswith(base) and word[: len(word) - len(base)] + ending == other
        for ending, base in endings.items()
    )


def _known_given(entity: Entity, lex: Lexicon) -> bool:
    """The name opens with a first name the lexicon knows: the fuller, surer spelling."""
    words = entity.name.split()
    return len(words) > 1 and bool(first_name_gender(words[0], lex))
