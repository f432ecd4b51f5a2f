"""The resolver's entities by key, with indexes kept as the registry grows (hostile57).

A long list of names made each new name scan every entity met before: an acronym looked for
the latest name it spells (``acronyms.spelled``), a first name alone for the person it opened
(``namesakes``). An index files each entity under the words its name gives (its initials, its
first name) when a key is given it and again whenever its name or ``person`` changes
(``Entity`` tells the registries holding it), so a look-up reads only the entities filed under
its word, in the order the scan read them, and asks each the scan's own test: the same answer.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable, Iterator
from heapq import merge
from typing import NoReturn

from quizapp.draft.speakers.entity import Entity
from quizapp.draft.text.segment import Span

Words = Callable[[Entity], Iterable[str]]  # the words an entity is filed under
Entry = tuple[int, str, Entity]  # where the key was first given, the key, the entity


class RegistryForgetsNothing(TypeError):
    """A key deleted from a ``Registry``: refused, so the indexes keep answering as a scan of
    the dict would. A ``TypeError`` still, as deleting from an immutable mapping is."""


class _Index:
    """One index: for each word, the entries filed under it, by position."""

    def __init__(self, words: Words) -> None:
        self.words = words
        self.entries: dict[str, list[Entry]] = {}
        self.filed: set[tuple[str, int, int]] = set()

    def file(self, position: int, key: str, entity: Entity) -> None:
        """File ``entity`` under each of its words at ``position``, once: a renamed entity is
        filed again under its new words (its old entries stay, the look-up skips them), and
        filing the same words twice would hand a look-up the same entity twice."""
        for word in self.words(entity):
            if (word, position, id(entity)) not in self.filed:
                self.filed.add((word, position, id(entity)))
                insort(self.entries.setdefault(word, []), (position, key, entity), key=_first)


def _first(entry: Entry) -> int:
    """An entry's position alone: the sort key of ``insort`` and ``merge``, so entries are
    never compared by their entity (``Entity`` has no order) when two share a position."""
    return entry[0]


class Registry(dict[str, Entity]):
    """A dict of the entities met, keyed (one entity may stand under several keys, « Anne X »
    and « X »), that keeps each index it was asked for up to date."""

    def __init__(self) -> None:
        super().__init__()
        self._positions: dict[str, int] = {}  # key -> where it was given, as dict order
        self._keys_of: dict[int, set[str]] = {}  # id of an entity -> the keys it stands under
        self._indexes: dict[str, _Index] = {}
        self._mentioned_at: dict[int, dict[int, Entity]] = {}  # a start -> the entities there
        self._mention_starts: list[int] = []  # those starts, in order

    def __setitem__(self, key: str, entity: Entity) -> None:
        """Every way a key is given passes here: the key keeps its first place in dict order
        (as a dict's does), the entity learns it is held here (to be told of renames) and
        every index built so far files it, so no look-up misses an entity a scan would meet."""
        old = self.get(key)
        if old is not None:
            self._keys_of.get(id(old), set()).discard(key)
        super().__setitem__(key, entity)
        if key not in self._positions:
            self._positions[key] = len(self._positions)
        self._keys_of.setdefault(id(entity), set()).add(key)
        registries = entity.__dict__.setdefault("_registries", [])
        if not any(r is self for r in registries):
            registries.append(self)
        for index in self._indexes.values():
            index.file(self._positions[key], key, entity)
        self.mentioned(entity, entity.mentions)

    def setdefault(self, key: str, default: Entity) -> Entity:  # type: ignore[override]
        """``dict.setdefault`` stores without calling ``__setitem__``: through it, the new
        entity would be in no index."""
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, *args: object, **kwargs: Entity) -> None:  # type: ignore[override]
        """``dict.update`` stores without calling ``__setitem__``: through it, the new entities
        would be in no index."""
        for key, entity in dict(*args, **kwargs).items():  # type: ignore[call-overload]
            self[key] = entity

    def __delitem__(self, *key: object) -> NoReturn:  # type: ignore[override]
        """Refused (``del``, ``pop``, ``popitem``, ``clear``): a key's position is its place in
        dict order, and a key deleted then given again would come last in the dict but keep
        its old place in the indexes, so a look-up would no longer answer as the scan. The
        resolver never deletes an entity; a caller that needs to copies to a plain dict."""
        raise RegistryForgetsNothing(
            "the registry deletes no key: its indexes file each key at its place in dict order,"
            " which a key deleted then given again would lose; copy it to a plain dict first"
        )

    pop = popitem = clear = __delitem__  # type: ignore[assignment]

    def refile(self, entity: Entity) -> None:
        """An entity renamed, found a person or given a new list of mentions: filed again."""
        for key in self._keys_of.get(id(entity), ()):
            for index in self._indexes.values():
                index.file(self._positions[key], key, entity)
        self.mentioned(entity, entity.mentions)

    def mentioned(self, entity: Entity, spans: Iterable[Span]) -> None:
        """File ``entity`` by where each of ``spans`` starts (``Mentions`` tells each one
        added): ``mentioned_within`` reads these instead of every entity's mentions."""
        for start, _ in spans:
            there = self._mentioned_at.get(start)
            if there is None:
                there = self._mentioned_at[start] = {}
                insort(self._mention_starts, start)
            there[id(entity)] = entity

    def mentioned_within(self, scope: Span) -> Iterator[Entity]:
        """What ``self.values()`` yields, in its order, among the entities with a mention
        starting in ``scope``: every entity that may have a mention within it (the caller
        reads which), each once for each key it stands under, as the values hold it."""
        low = bisect_left(self._mention_starts, scope[0])
        high = bisect_right(self._mention_starts, scope[1])
        found = {}
        for start in self._mention_starts[low:high]:
            found.update(self._mentioned_at[start])
        keys = [
            (self._positions[k], k) for e in found.values() for k in self._keys_of.get(id(e), ())
        ]
        for _, key in sorted(keys):
            yield self[key]

    def filed(self, name: str, words: Words, wanted: set[str], latest: bool) -> Iterator[Entity]:
        """The entities filed under any of the ``wanted`` words in the index ``name`` (built on
        first use), in dict order or, when ``latest``, from the last; each still standing
        where it was filed (an entity filed under two of them may come twice)."""
        index = self._indexes.get(name)
        if index is None:
            index = self._indexes[name] = _Index(words)
            for key, entity in self.items():
                index.file(self._positions[key], key, entity)
        lists = [index.entries.get(word, []) for word in sorted(wanted)]
        ordered = [reversed(entries) if latest else entries for entries in lists]
        for position, key, entity in merge(*ordered, key=_first, reverse=latest):
            if self._positions[key] == position and self.get(key) is entity:
                yield entity
