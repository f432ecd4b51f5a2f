"""The names the reader has met so far, in reading order, as the resolver keeps them
(``quizapp.draft.speakers.narration``): each mention outside quotations, whether it was its
sentence's subject, and in which sentence.

A list, read by many rules from its end; it also keeps, as it grows, the order in which the
entities were last met, so that "who was met most recently" costs the number of entities, not
the number of mentions: on a long text the latter grows with every sentence. For the same
reason ``MentionStarts`` rules out, by where their mentions start, the entities that have no
mention within a source phrase; ``mentions_after_space`` finds where each name stands in
the text (``offices.named_later``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from quizapp.draft.text.indexed_names import name_matches
from quizapp.draft.text.segment import Span


@dataclass(frozen=True)
class Seen:
    offset: int
    key: str
    subject: bool
    sentence: int
    nested: bool = False  # "the administration of President X": named inside a complement
    pronoun: bool = False  # the subject only an opening « il » / « elle » names (anaphora39)


class Met(list[Seen]):
    """Every mention met, in reading order (grow it with ``append`` only)."""

    def __init__(self) -> None:
        super().__init__()
        self._last: dict[str, int] = {}  # key -> index of its latest mention, in that order
        self._indexes: dict[str, list[int]] = {}  # key -> the indexes of all its mentions
        self._reach: list[int] = []  # the largest offset up to each index

    def append(self, seen: Seen) -> None:
        index = len(self)
        super().append(seen)
        self._last.pop(seen.key, None)
        self._last[seen.key] = index
        self._indexes.setdefault(seen.key, []).append(index)
        self._reach.append(max(self._reach[-1], seen.offset) if self._reach else seen.offset)

    def latest_first(self, before: int | None = None) -> list[str]:
        """Entity keys, latest met first; only those met before offset ``before`` when given.
        Mentions are appended nearly in text order: past the first whose offset reaches
        ``before``, each is tested; those before it all count, in the order kept."""
        cut = len(self) if before is None else bisect_left(self._reach, before)
        tail = [s.key for s in reversed(self[cut:]) if before is None or s.offset < before]
        return list(dict.fromkeys(tail + self._keys_before(cut)))

    def _keys_before(self, cut: int) -> list[str]:
        """Keys met among the first ``cut`` mentions, by their latest mention there, latest
        first."""
        if cut == len(self):
            return list(reversed(self._last))
        latest = []
        for key, index in self._last.items():
            if index >= cut:  # met again since: its latest mention before the cut
                indexes = self._indexes[key]
                index = indexes[bisect_left(indexes, cut) - 1] if indexes[0] < cut else -1
            if index >= 0:
                latest.append((index, key))
        latest.sort(reverse=True)
        return [key for _, key in latest]


def recent(seen: Sequence[Seen], sentence: int, before: int | None = None) -> Iterator[Seen]:
    """The mentions of ``sentence`` and of the sentence before it, latest first, only those
    before offset ``before`` when given: where a rule looks for the subject or the body "it",
    "a statement" or "they" takes up, or « il » / « elle » a person (one walk where six readers
    wrote their own: tidy25, then round 25's last read)."""
    for mention in reversed(seen):
        if mention.sentence < sentence - 1:
            return
        if before is None or mention.offset < before:
            yield mention


def subjects_in(
    seen: Sequence[Seen], sentence: int, start: int, end: int | None = None
) -> list[Seen]:
    """The subjects met in ``sentence`` (the one being read) from offset ``start``, before
    ``end`` when given, in reading order: the first is the sentence's own subject there
    (``lone_quotes/continuation.own_subject``, ``lone_quotes/named_next``; one walk where cueless29
    wrote two, review29). A subject only an opening pronoun gives (``Seen.pronoun``) is not
    written there, so it is none of them (anaphora39)."""
    found = []
    for mention in reversed(seen):
        if mention.sentence < sentence:
            break
        within = start <= mention.offset and (end is None or mention.offset < end)
        if mention.subject and not mention.pronoun and within:
            found.append(mention)
    return found[::-1]


_AFTER_SPACE = r"(?<=\s)(?=\S)"  # where a name after a space may open


class MentionStarts:
    """The mentions of an entity that lie within a span. A source is looked up among every
    entity met, and most were met only before it: the first and last start of each entity's
    mentions, kept as its list grows, rule those out without reading their mentions."""

    def __init__(self) -> None:
        # id of a list of mentions -> (that list, how many are read, first start, last start)
        self._bounds: dict[int, tuple[list[Span], int, int, int]] = {}

    def within(self, mentions: list[Span], span: Span) -> list[Span]:
        """``[m for m in mentions if span[0] <= m[0] and m[1] <= span[1]]``. The list may only
        grow (``append``, ``extend``); replace it by a new list, never in place."""
        kept = self._bounds.get(id(mentions))
        if kept is None or kept[0] is not mentions or kept[1] != len(mentions):
            kept = self._bounds[id(mentions)] = _bounds(mentions, kept)
        if kept[3] < span[0] or kept[2] > span[1]:
            return []
        return [m for m in mentions if span[0] <= m[0] and m[1] <= span[1]]


def _bounds(
    mentions: list[Span], kept: tuple[list[Span], int, int, int] | None
) -> tuple[list[Span], int, int, int]:
    """The first and last start of ``mentions``, from those ``kept`` when the list grew."""
    grew = kept is not None and kept[0] is mentions and kept[1] < len(mentions)
    first, last, read = (kept[2], kept[3], kept[1]) if grew else (1 << 62, -1, 0)
    for start, _ in mentions[read:]:
        first, last = min(first, start), max(last, start)
    return mentions, len(mentions), first, last


def mentions_after_space(text: str, names: list[str]) -> dict[str, list[int]]:
    """Where each name starts, as a finditer of the name after a space (case ignored) finds it:
    that finditer, for each distinct name, on the pattern built once per name. Speed40 read
    the text once for all names with one alternation of them, built again for every article:
    compiling it, case ignored, cost more than the readings it saved (speed45: 30 % less time
    on the corpus' calls, the same starts). Each name read the whole text, so a long article
    cost the square of its length: the places after a space are filed once by the word there
    and a name is tried only where its first word stands (``indexed_names``, long55)."""
    distinct = dict.fromkeys(names)
    return {name: _starts(text, name) for name in distinct}


def _starts(text: str, name: str) -> list[int]:
    """Where ``_whole_name(name)`` matches, as its finditer finds them."""
    found = name_matches(text, _AFTER_SPACE, name, _whole_name(name), re.IGNORECASE)
    return [m.start() for m in found]


@lru_cache(maxsize=8192)
def _whole_name(name: str) -> re.Pattern[str]:
    """The name after a space, built once per name: an article's names are sought again at
    every sentence, more patterns than re's own cache of 512 keeps (speed40)."""
    return re.compile(rf"(?<=\s){re.escape(name)}\b", re.IGNORECASE)
