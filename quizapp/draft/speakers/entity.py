"""What the resolver knows of one speaker or candidate speaker."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

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
        indexes file it by them (``registry.Registry``)."""
        object.__setattr__(self, attribute, value)
        if attribute in ("name", "person"):
            for registry in self.__dict__.get("_registries", ()):
                registry.refile(self)


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
