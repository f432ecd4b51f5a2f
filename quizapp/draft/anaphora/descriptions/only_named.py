"""The one person an article named, taken up by a bare description that found no one near it:
« L'Espagnol Alberto X a été suspendu. […] Pour se défendre, le coureur avait… ». Kept apart from
``bare_descriptions`` (which reads the narration close to the description) because it reads the
whole article's cast instead; ``described.Described`` asks it last.
"""

from __future__ import annotations

from typing import Protocol

from quizapp.draft.anaphora.descriptions.just_named import person_noun
from quizapp.draft.names.naming.roles import bare_description
from quizapp.draft.sources.reading import SourceReading, compatible
from quizapp.draft.speakers.entity import Entity, named_person
from quizapp.draft.speakers.met import Seen
from quizapp.draft.words.lexicon import Lexicon


class _Reader(Protocol):
    """What ``only_person_named`` reads of the narration: the entities and the names met."""

    lex: Lexicon
    entities: dict[str, Entity]
    seen: list[Seen]  # the narration's mentions (outside quotations), in order


def only_person_named(
    reader: _Reader, start: int | None, reading: SourceReading, words: list[str]
) -> Entity | None:
    """« L'Espagnol Alberto X a été suspendu. […] Pour se défendre, le coureur avait… »: a
    bare definite description of a person (``reading``: its head, a noun of a person or a
    trade, and its gender) that took up no one near it is the one person the article named
    before its sentence (``start``, where it starts; None when a filler such as « de son
    côté » sets the description against the one heard last), when it named exactly one of
    the description's sex (``_of_its_sex``), the gender fits and no title of another noun
    was written for them (« Paul X, directeur des services, … Pour le maire, … » is someone
    else), nor is it an office of two words (« l'avocat général »). Labels22. That one
    person must be met in the narration (``reader.seen``): a name only inside a quotation
    (« « Le QS World Rankings se base… » ») may be a second person, but is no one the
    article introduced (speakers24)."""
    if start is None or not _bare_person(reading, words, reader.lex):
        return None
    person = _one_named_before(reader, start, reading.gender)
    if person is None:
        return None
    titled = {title[0] for title in person.titles}
    return person if not titled or reading.head in titled else None


def _bare_person(reading: SourceReading, words: list[str], lex: Lexicon) -> bool:
    """Whether the description is a French bare one of a singular person (a noun of a person
    or a trade, no office of two words): the description's own test, apart from the search
    of the article for whom it takes up."""
    head, gender = reading.head, reading.gender
    someone = person_noun(head, lex) or head.endswith(tuple(lex.words("agent_noun_endings")))
    if lex.language != "fr" or gender == "p" or not someone:
        return False  # English: "the official" after "Ariana Grande" is someone else
    offices = lex.words("compound_offices")  # « l'avocat général » is no « avocat »
    return bool(bare_description(words, lex)) and not any(
        office in " ".join(words) for office in offices
    )


def _one_named_before(reader: _Reader, start: int, gender: str) -> Entity | None:
    """The one person of the description's sex named before ``start`` and met in the
    narration, None when there are none or several, or when the gender does not fit."""
    people = [
        e
        for e in reader.entities.values()
        if named_person(e) and len(e.name.split()) > 1
        and any(end <= start for _, end in e.mentions)
    ]  # fmt: skip
    people = _of_its_sex(people, gender)
    if len(people) != 1 or not compatible(people[0].gender, gender):
        return None
    if not any(seen.key == people[0].key and seen.offset < start for seen in reader.seen):
        return None  # named only inside a quotation
    return people[0]


def _of_its_sex(people: list[Entity], gender: str) -> list[Entity]:
    """The people named so far who may be the one a gendered description stands for: those
    of its sex, when the article showed the sex of every one of them (« Anne X et Paul Y
    tiennent la ferme. […] l'éleveuse » is Anne); all of them when the description's gender
    is unknown or someone's sex was never shown (a « Camille » may be the one). Speakers29:
    of the corpus's descriptions it leaves, the keys give that person each time."""
    if gender not in ("m", "f") or any(e.gender not in ("m", "f") for e in people):
        return people
    return [e for e in people if e.gender == gender]
