"""What the resolver knows of one speaker or candidate speaker."""

from __future__ import annotations

from dataclasses import dataclass, field

from quizapp.draft.segment import Span


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
    possessor: str | None = None  # "son porte-parole": the key of the one "son" stands for
    members: tuple[str, ...] = ()  # « Léa et Marc » as one group: the keys of the two
