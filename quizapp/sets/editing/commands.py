"""A question set being edited: plain v1 data changed only through undoable commands.

The editor window never edits the data directly: every change is a command that knows how to
undo itself, so undo/redo covers every kind of change, and tests can drive the model without
Qt. The data is the same plain structure the loader parses from a file (dicts, lists, strings,
numbers, booleans), so what the editor holds is exactly what the writer saves and the loader
checks: there is no second representation of a set to keep in step.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Any

from quizapp.model.base import SLUG_PATTERN
from quizapp.model.slugs import slugify

Path_ = tuple[Any, ...]  # keys and indexes from the set's root to a value
MISSING: Any = object()  # the value of a key that is absent (setting it removes the key)

SET_KEYS = (
    "schema_version", "id", "title", "language", "description", "authors", "article",
    "labels", "tags", "settings", "questions",
)  # fmt: skip
ARTICLE_KEYS = ("title", "outlet", "url", "date", "text")
QUESTION_KEYS = (
    "id", "type", "prompt", "scoring", "options", "answer", "items", "pairs",
    "distractors", "explanation", "evidence", "rule", "tags", "points", "image",
)  # fmt: skip
_KEY_ORDERS = {"": SET_KEYS, "article": ARTICLE_KEYS, "questions": QUESTION_KEYS}
_SLUG = re.compile(SLUG_PATTERN)
MAX_SLUG = 80


def get_at(data: Any, path: Path_) -> Any:
    """The value at ``path``, or MISSING when any step of it is absent."""
    current = data
    for step in path:
        if isinstance(current, str) and isinstance(step, int):
            # a lone passage (format v1 allows one without its list) reads as a list of one:
            # indexing the string gave the editor its first letter as the passage
            current = current if step == 0 else MISSING
            if current is MISSING:
                return MISSING
            continue
        try:
            current = current[step]
        except (KeyError, IndexError, TypeError):
            return MISSING
    return current


def list_at(data: Any, path: Path_) -> Any:
    """The list at ``path`` (MISSING when absent); a lone passage written without its list is
    made that list of one in place, so adding, removing or moving a passage works on it."""
    items = get_at(data, path)
    if isinstance(items, str):
        items = [items]
        _container(data, path, make=False)[path[-1]] = items
    return items


def key_order(path: Path_) -> tuple[str, ...]:
    if not path:
        return SET_KEYS
    if len(path) == 2 and path[0] == "questions":
        return QUESTION_KEYS
    return _KEY_ORDERS.get(str(path[0]), ()) if len(path) == 1 else ()


def _put_key(mapping: dict, key: str, value: Any, order: tuple[str, ...]) -> None:
    """Set ``key``; a new key goes to its usual place among the others, not at the end."""
    if key in mapping or key not in order:
        mapping[key] = value
        return
    rank = order.index(key)
    items = list(mapping.items())
    at = next(
        (i for i, (k, _) in enumerate(items) if k in order and order.index(k) > rank), len(items)
    )
    items.insert(at, (key, value))
    mapping.clear()
    mapping.update(items)


def _container(data: Any, path: Path_, make: bool) -> Any:
    """The dict or list holding the last step of ``path``; missing dicts are made if asked."""
    current = data
    for depth, step in enumerate(path[:-1]):
        child = get_at(current, (step,))
        if isinstance(child, str) and isinstance(path[depth + 1], int):
            child = current[step] = [child]  # the lone passage becomes the list it stands for
        if child is MISSING or not isinstance(child, dict | list):
            if not make or not isinstance(current, dict):
                raise KeyError(path)
            child = {}
            _put_key(current, step, child, key_order(path[:depth]))
        current = child
    return current


@dataclass
class Command:
    """One undoable change; ``apply`` returns the command that undoes it."""

    text: str = field(default="", kw_only=True)  # what it did, for "Undo <text>"

    def apply(self, data: dict) -> Command:
        raise NotImplementedError


@dataclass
class SetValue(Command):
    """Put ``value`` at ``path`` (MISSING removes the key); ``merge`` joins runs of typing."""

    path: Path_
    value: Any
    merge: bool = field(default=False, kw_only=True)

    def apply(self, data: dict) -> Command:
        old = get_at(data, self.path)
        holder = _container(data, self.path, make=self.value is not MISSING)
        key = self.path[-1]
        if self.value is MISSING:
            if isinstance(holder, dict):
                holder.pop(key, None)
        elif isinstance(holder, dict):
            _put_key(holder, key, copy.deepcopy(self.value), key_order(self.path[:-1]))
        else:
            holder[key] = copy.deepcopy(self.value)
        return SetValue(self.path, old, merge=self.merge, text=self.text)


@dataclass
class InsertItem(Command):
    """Insert ``value`` into the list at ``path`` (made if absent) before ``index``."""

    path: Path_
    index: int
    value: Any

    def apply(self, data: dict) -> Command:
        items = list_at(data, self.path)
        made = items is MISSING
        if made:
            SetValue(self.path, []).apply(data)
            items = get_at(data, self.path)
        items.insert(self.index, copy.deepcopy(self.value))
        undo = RemoveItem(self.path, self.index, text=self.text)
        if made:  # undoing removes the list it had to make, too
            return Batch([undo, SetValue(self.path, MISSING)], text=self.text)
        return undo


@dataclass
class RemoveItem(Command):
    """Remove the item at ``index`` of the list at ``path``."""

    path: Path_
    index: int

    def apply(self, data: dict) -> Command:
        value = list_at(data, self.path).pop(self.index)
        return InsertItem(self.path, self.index, value, text=self.text)


@dataclass
class MoveItem(Command):
    """Move the item at ``source`` of the list at ``path`` so that it ends at ``target``."""

    path: Path_
    source: int
    target: int

    def apply(self, data: dict) -> Command:
        items = list_at(data, self.path)
        items.insert(self.target, items.pop(self.source))
        return MoveItem(self.path, self.target, self.source, text=self.text)


@dataclass
class Batch(Command):
    """Several commands undone and redone as one step (a new question from a selection...)."""

    commands: list[Command]

    def apply(self, data: dict) -> Command:
        undos = [command.apply(data) for command in self.commands]
        return Batch(list(reversed(undos)), text=self.text)


@dataclass
class ReplaceSet(Command):
    """The whole set replaced (the file reloaded after another program changed it)."""

    data: dict

    def apply(self, data: dict) -> Command:
        old = copy.deepcopy(data)
        data.clear()
        data.update(copy.deepcopy(self.data))
        return ReplaceSet(old, text=self.text)


def slug_from(text: str, limit: int = MAX_SLUG) -> str:
    """A set or question id from a title: lowercase ASCII words joined by '-'."""
    return slugify(text, max_length=limit)


FILE_STEM = 40  # a file name a teacher reads whole in her file manager


def file_stem(set_id: str, limit: int = FILE_STEM) -> str:
    """The name a set's file is first offered under: its id's first words, within ``limit``
    characters, a cut one never ending on a word of one or two letters (« …-a », « …-de »). A long
    headline made an 80-character name (teacher15: « les-maires-des-petites-villes-demandent-
    a-l-etat-de-ne-pas-les-empecher-d-agir.quiz.yaml »)."""
    stem = slug_from(set_id, limit=limit)
    if stem == slug_from(set_id):
        return stem  # « stargate-musk-fr » whole
    words = stem.split("-")
    while len(words) > 1 and (len(words[-1]) <= 2 or words[-1] in _FUNCTION_WORDS):
        words.pop()
    return "-".join(words)


# Words of three letters or more a cut file name never ends on (teacher16: « …-defilent-
# contre », « …-dans-les », « …-pour-les »): articles, prepositions and conjunctions of both
# languages, as a slug writes them (no accents).
_FUNCTION_WORDS = frozenset({
    "les", "des", "une", "aux", "dans", "pour", "par", "sur", "sous", "avec", "sans", "contre",
    "chez", "vers", "entre", "apres", "avant", "depuis", "pendant", "selon", "que", "qui",
    "quoi", "dont", "mais", "donc", "car", "son", "ses", "leur", "leurs", "cette", "ces", "the",
    "and", "for", "with", "from", "into", "onto", "over", "about", "after", "before", "against",
    "between", "its", "their", "that", "this", "these", "those", "who", "which", "than",
})  # fmt: skip


def is_valid_id(value: str) -> bool:
    """Whether ``value`` is an id format v1 accepts (the model's own pattern)."""
    return len(value) <= MAX_SLUG and bool(_SLUG.match(value))


def unique_id(base: str, taken: set[str], fallback: str = "question", limit: int = 40) -> str:
    """``base`` (or ``fallback``) made unique among ``taken`` with -2, -3... at the end, cut
    to ``limit`` characters first (a question's id; a kind of source's code takes the whole
    length an id may have)."""
    base = slug_from(base, limit=limit) or fallback
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def question_ids(data: dict) -> set[str]:
    return {str(q.get("id")) for q in data.get("questions", []) if isinstance(q, dict)}
