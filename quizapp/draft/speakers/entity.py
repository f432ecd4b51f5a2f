"""What the resolver knows of one speaker or candidate speaker."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import SupportsIndex

from quizapp.draft.text.segment import Span


@dataclass
class Entity:
    """One speaker or candidate speaker and what is known of it so far."""

    key: str
    name: str
    label: str
    person: bool
    gender: str = "x"
    roles: set[str] = field(default_factory=set)
    mentions: list[Span] = field(default_factory=list)  # grows only, else a new list
    titles: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    heads: dict[str, str] = field(default_factory=dict)  # any noun describing it -> its gender
    seats: list[tuple[str, frozenset[str]]] = field(default_factory=list)  # "Cllr X": councillor
    possessor: str | None = None  # "son porte-parole": the key of the one "son" stands for
    members: tuple[str, ...] = ()  # « Léa et Marc » as one group: the keys of the two

    def __setattr__(self, attribute: str, value: object) -> None:
        """A new name or ``person`` is told to the registries holding the entity, whose
        indexes file it by them (``registry.Registry``); so is a new list of mentions, kept
        as ``Mentions`` so that each one appended later is told too."""
        if attribute == "mentions":
            value = Mentions(self, value)  # type: ignore[arg-type]
        object.__setattr__(self, attribute, value)
        if attribute in ("name", "person", "mentions"):
            for registry in self.__dict__.get("_registries", ()):
                registry.refile(self)


class Mentions(list[Span]):
    """An entity's mentions, a list that tells the registries holding the entity of each one
    added: they file it by where it starts, so a source finds the entities mentioned in it
    without reading every entity met (tidy58). Mentions are added in many places (narration,
    anaphora, offices); all of them append or extend, which pass here."""

    def __init__(self, owner: Entity, spans: Iterable[Span] = ()) -> None:
        """The ``owner``'s mentions; the registries learn a whole new list by the owner's
        ``__setattr__``, so nothing is told here."""
        super().__init__(spans)
        self._owner = owner

    def append(self, span: Span) -> None:
        """One mention more, told to the registries: most mentions come this way."""
        super().append(span)
        self._told([span])

    def extend(self, spans: Iterable[Span]) -> None:
        """Several mentions more, told at once; listed first, as a generator is read once."""
        spans = list(spans)
        super().extend(spans)
        self._told(spans)

    def __iadd__(self, spans: Iterable[Span]) -> Mentions:  # type: ignore[override]
        """``mentions += spans`` extends in place, so it is told too (list's own ``+=``
        would bypass ``extend``)."""
        self.extend(spans)
        return self

    def insert(self, index: SupportsIndex, span: Span) -> None:
        """A mention put at ``index``: the registries file by where it starts in the text,
        not by its place in the list, so it is told like an appended one."""
        super().insert(index, span)
        self._told([span])

    def _told(self, spans: list[Span]) -> None:
        """Each registry holding the owner files ``spans`` under it, so a source finds the
        owner among the entities mentioned inside it without reading them all."""
        for registry in self._owner.__dict__.get("_registries", ()):
            registry.mentioned(self._owner, spans)


def each_once(entities: Iterable[Entity]) -> list[Entity]:
    """Each entity once, in the order met: the registry keys one entity under each of its
    aliases (« Anne X », « X »), so its values hold it several times."""
    return list({id(e): e for e in entities}.values())


def named_person(entity: Entity) -> bool:
    """A person the article named (« Anne X »), not a description that reads as named (« le
    préfet de la Gironde », keyed ``d:``): the test ``pronouns._other``,
    ``bare_descriptions._one_named`` and ``only_named.only_person_named`` share. It reads
    the entity's own key: over the whole corpus, a person was always stored under its own key
    (tidy31; only two acronyms, no person, were stored under a second one)."""
    return entity.person and entity.label == "named" and not entity.key.startswith("d:")
