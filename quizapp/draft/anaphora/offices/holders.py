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

from quizapp.draft.names.naming.gender import noun_gender
from quizapp.draft.names.titles.descriptions import content_words, description_of, singular
from quizapp.draft.sources.reading import compatible
from quizapp.draft.speakers.entity import Entity, each_once
from quizapp.draft.text.word_patterns import kept_pattern
from quizapp.draft.words.folding import folded_words
from quizapp.draft.words.lexicon import Lexicon

_POINTING_BACK = re.compile(
    r"\b(?:de|d['’]|du|of)\s*(?:ce|cet|cette|ces|son|sa|ses|leur|leurs|this|that|its|their)\b",
    re.IGNORECASE,
)
_STEM = 5  # "province" and "provincial", "industrie" and "industriel" narrow alike


def holder_of(phrase: str, people: list[Entity], lex: Lexicon) -> Entity | None:
    """The one person among ``people`` whose title fits the description ``phrase``; a
    feminine noun takes no man (« l'élue » is not « le maire Paul X »), while a masculine one
    may stand for anyone (« l'élu » for « la maire Marie X »)."""
    wanted = description_of(phrase, lex)
    if wanted is None:
        return None
    head, words = wanted
    if noun_gender(head, lex) == "f":  # « l'élu » may be a woman, « l'élue » no man
        people = [person for person in people if compatible(person.gender, "f")]
    narrowing = set() if _POINTING_BACK.search(phrase) else set(words) - {head}
    in_group = bool(narrowing & lex.word_set("group_nouns"))  # "the leader of the X group"
    offices = offices_covered(head, lex)
    seats = _one_holder(phrase, head, words, lex)
    found = {
        person.key: person
        for person in people
        if any(
            (t_head == head or any(office <= t_words for office in offices))
            and _covers(t_words, narrowing, in_group)
            for t_head, t_words in person.titles + (person.seats if seats else [])
        )
    }
    if len(found) > 1 and narrowing:
        found = {k: p for k, p in found.items() if _written_so(p, head, narrowing)}
    return next(iter(found.values())) if len(found) == 1 else None


def _written_so(person: Entity, head: str, narrowing: set[str]) -> bool:
    """A title with the description's own head noun and every word that narrows it (« l'élu
    d'opposition X » for « l'élu opposition »): when several people fit a description, the
    one so written is its holder, not one a bare title (« le maire Y ») or a wider noun
    (« l'élu » covers the mayor) lets in (holder42)."""
    return any(
        t_head == head and len(t_words) > 1 and narrowing <= t_words
        for t_head, t_words in person.titles
    )


def _one_holder(phrase: str, head: str, words: frozenset[str], lex: Lexicon) -> bool:
    """Whether a description may be read against a seat written in a name ("Cllr X",
    english39): only one of a single holder, never a plural ("the other councillors", "the
    sergeants") nor a word that sets it apart from the one named (lexicon
    ``other_holder_words``: "the former councillor"), mend39b."""
    plural = any(w != head and singular(w) == head for w in folded_words(phrase))
    return not plural and not words & lex.word_set("other_holder_words")


def offices_covered(head: str, lex: Lexicon) -> list[frozenset[str]]:
    """The offices a general word covers (lexicon ``role_hypernyms``: « l'édile » is the
    mayor, « l'élu » the mayor, the member of parliament…), each as its content words."""
    offices = lex.raw.get("role_hypernyms", {}).get(head, [])
    return [frozenset(content_words(office, lex)) for office in offices]


def _covers(title_words: frozenset[str], narrowing: set[str], in_group: bool = False) -> bool:
    """The title holds the narrowing words; a bare title (« Le maire, X ») leans on the
    article's context, so it fits any complement (« le maire de Y »), but for an office
    held in a group of people (``in_group``, lexicon ``group_nouns``: "the leader of the
    independent group"), which is not the office the bare title names ("leader Michael
    Jones" leads the council; english34)."""
    if len(title_words) == 1:
        return not in_group
    stems = {w[:_STEM] for w in title_words}
    places = [t[: max(4, len(t) - 1)] for t in title_words if len(t) >= 4]
    return all(
        w in title_words or w[:_STEM] in stems or any(w.startswith(p) for p in places)
        for w in narrowing  # "parisien" narrows as "Paris" does, "lyonnais" as "Lyon"
    )


def titled_people(entities: dict[str, Entity]) -> list[Entity]:
    """The named people of the article with a written title, or a seat written in their
    name ("Cllr X", english39), each once."""
    people = each_once(e for k, e in entities.items() if not k.startswith("d:") and e.person)
    return [e for e in people if e.titles or e.seats]


_NAMED_WITHIN = 400  # characters after the description: its sentence or the next one


def name_described_people(
    entities: dict[str, Entity], renamed: dict[str, str], text: str, speaking: set[str]
) -> set[str]:
    """A described person who spoke and was taken to no one is the one person the article
    names with the same noun: after an indefinite description, the name set right after it
    or given within the next sentence (« Pour un boulanger de Vence, c'est inévitable.
    « … », explique Paul Garnier, boulanger. », « raconte une habitante, Léonne, 54 ans »);
    for a definite one, anyone the article introduces with that noun (« Hélène Vasseur,
    pharmacienne à Lunel, … » then « la pharmacienne »). None, or two such people, name no
    one. The descriptions so named."""
    people = [e for k, e in entities.items() if not k.startswith(("d:", "o:", "a:", "c:"))]
    named: set[str] = set()
    for key, described in entities.items():
        definite = _described_person(key, described, speaking, renamed)
        if definite is None:
            continue
        found = _named_with_noun(text, people, described, definite)
        if len(found) == 1:
            renamed[described.name] = key = found.pop()
            entities[key].mentions.extend(described.mentions)
            named.add(described.name)
    return named


def _named_with_noun(
    text: str, people: list[Entity], described: Entity, definite: bool
) -> set[str]:
    """The keys of the people the article names with the description's noun, of a fitting
    gender: introduced with it for a ``definite`` description, named right after or within
    the next sentence for an indefinite one (the search apart from the walk over the
    descriptions, which only takes a single answer)."""
    head, start = next(iter(described.roles)), min(described.mentions)
    return {
        person.key
        for person in people
        if compatible(person.gender, described.gender)
        and (
            _introduced_as(text, person, head, described)
            if definite
            else _named_as(text, start, min(person.mentions), head, person.person)
        )
    }


_ARTICLE = re.compile(r"(?i)(une?\s)|(?:le|la|l['’])\s*\w")  # compiled once: at every entity


def _described_person(key: str, entity: Entity, speaking: set[str], renamed: dict) -> bool | None:
    """Whether a speaking description of one person, taken to no one, is definite (True) or
    indefinite (False); None for anything else."""
    article = _ARTICLE.match(entity.name)
    if article is None or not key.startswith("d:") or len(entity.roles) != 1:
        return None
    if not entity.person or not entity.mentions or entity.name not in speaking:
        return None
    if entity.name in renamed or (article.group(1) and entity.label != "anonymous"):
        return None
    return article.group(1) is None


def _introduced_as(text: str, person: Entity, head: str, described: Entity) -> bool:
    """A person the article writes with the noun ``head`` next to a mention of the name,
    and with the description's own narrowing words there (« le maire de Lyon » is not
    « X, maire de Villeurbanne »); the description itself set right after a name (« Auprès
    de Radio X, la présidente de… a dit ») introduces no one."""
    words = re.findall(r"\w+", described.name.lower())
    after = words[words.index(head) + 1 :] if head in words else []
    narrowing = [w for w in after if len(w) > 3]
    own = {start for start, _ in described.mentions}
    return person.person and any(
        _written_with(text, m, head)
        and all(w[:_STEM] in _around(text, m) for w in narrowing)
        and not any(m[1] < start <= m[1] + 3 for start in own)
        for m in person.mentions
    )


def _around(text: str, mention: tuple[int, int]) -> str:
    """The words of a mention's own sentence near it: 60 characters before, 80 after."""
    before = text[max(0, mention[0] - 60) : mention[0]]
    before = re.split(r"[.!?]\s", before)[-1]
    return (before + text[mention[0] : mention[1] + 80]).lower()


def _named_as(
    text: str, described: tuple[int, int], name: tuple[int, int], head: str, person: bool
) -> bool:
    """The name is set right after the description (« une habitante, Léonne Martin, »; a
    word not known as a first name with an age: « Léonne, 54 ans ») or, met for the first
    time soon after it, a person written with the same noun (« X, boulanger », « le
    boulanger X »)."""
    if not 0 < name[0] - described[1] <= _NAMED_WITHIN:
        return False
    if re.fullmatch(r"\s*,\s*", text[described[1] : name[0]]):
        ends = r"\s*,\s*\d+\s*ans\b" if not person else r"\s*(?:[,.;)]|$)"
        return re.match(ends, text[name[1] : name[1] + 12]) is not None
    return person and _written_with(text, name, head)


def _written_with(text: str, name: tuple[int, int], head: str) -> bool:
    """The noun set after the name (« X, boulanger », « X, 54 ans, la boulangère de ») or
    just before it (« le boulanger X »). Each pattern, built of the noun, is only built
    where the comma or the space it opens or ends on is written (speed45: most names have
    neither, and each noun's patterns pushed re's cache on)."""
    noun = re.escape(head)
    after = None
    if text[name[1] : name[1] + 1] == ",":
        after = kept_pattern(rf",\s*(?:\d+\s*ans\s*,\s*)?(?:(?:le|la|l['’]|un|une)\s*)?{noun}\b",
                             re.IGNORECASE).match(text[name[1] : name[1] + 60])  # fmt: skip
    before = text[max(0, name[0] - 40) : name[0]]
    spaced = before[-1:].isspace()
    written = spaced and kept_pattern(rf"\b{noun}\s+$", re.IGNORECASE).search(before) is not None
    return after is not None or written
