"""Writing a set being edited as the v1 file a teacher could have written by hand.

A new set is written in block style, the article and any text of several lines as literal
``|`` blocks, quotes only where YAML needs them, and the schema line first so that a text
editor checks the file too. A set opened from a file keeps that file's comments, key order and
quoting: ruamel.yaml reads the original in round-trip mode and only the values that changed are
replaced. Every text produced is read back with the loader's own reader and compared with the
data before it is returned, so a quirk of the YAML library can never save a different set.
"""

from __future__ import annotations

import datetime
import json
import re
import textwrap
from io import StringIO
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarbool import ScalarBoolean
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString

from quizapp.sets.editing.commands import key_order
from quizapp.sets.editing.item_order import in_new_order
from quizapp.sets.safe_yaml.reader import YamlProblem, read_yaml

SCHEMA_LINE = "yaml-language-server: $schema=quiz.schema.json"
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MATCHED_BY_ID = ("questions", "labels")


class WriteError(Exception):
    """The writer could not produce a text that reads back as the same set (a bug of ours)."""


def set_text(data: dict, original: str | None = None, as_json: bool = False) -> str:
    """The file text of ``data``; ``original`` is the text it was opened from, if any."""
    if as_json:
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if original is not None:
        text = _edited_text(data, original)
        if text is not None:
            return text
    text = _dump(_fresh(data, ()), _new_yaml(), start_comment=True)
    _check_reads_back(text, data)
    return text


def _new_yaml(indent: int = 2, offset: int = 2) -> YAML:
    yaml = YAML(typ="rt")
    yaml.width = 4096  # a long prompt stays on one line instead of being folded
    yaml.preserve_quotes = True
    yaml.indent(mapping=indent, sequence=indent + offset, offset=offset)
    return yaml


def _dump(document: Any, yaml: YAML, start_comment: bool = False) -> str:
    if start_comment and isinstance(document, CommentedMap):
        document.yaml_set_start_comment(SCHEMA_LINE)
    stream = StringIO()
    yaml.dump(document, stream)
    return stream.getvalue()


def _edited_text(data: dict, original: str) -> str | None:
    """``original`` with the changes of ``data`` merged in, or None if that cannot be done."""
    try:
        if read_yaml(original)[0] == data:
            return original  # nothing changed: the file stays byte for byte as it was
        yaml = _new_yaml(*guess_indent(original))
        # questions and labels as text first, each with the comments above it: moved, deleted
        # and added as blocks, so no comment is left beside the wrong question
        arranged = in_new_order(original, data, lambda item, path: _item_text(item, path, yaml))
        document = yaml.load(arranged)
    except Exception:  # any trouble reading it back: the set is written anew
        return None
    if not isinstance(document, CommentedMap):
        return None
    _merge_map(document, data, ())
    text = _dump(document, yaml)
    try:
        _check_reads_back(text, data)
    except WriteError:
        return None
    return text


def _item_text(item: Any, path: tuple, yaml: YAML) -> str:
    """One new item of a list, written as a list of one with its dash in column 0."""
    return textwrap.dedent(_dump(CommentedSeq([_fresh(item, path)]), yaml))


def guess_indent(text: str) -> tuple[int, int]:
    """The mapping indent and the offset of a list's dash in a hand-written file."""
    indent, offset = 0, -1
    parent = 0
    for line in text.splitlines():
        stripped = line.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        column = len(line) - len(stripped)
        if stripped.startswith("- ") and offset < 0 and column >= parent:
            offset = column - parent
        elif not indent and column > parent and not stripped.startswith("- "):
            indent = column - parent
        if indent and offset >= 0:
            break
        parent = column
    return indent or 2, max(offset, 0)


def _check_reads_back(text: str, data: dict) -> None:
    try:
        read_back = read_yaml(text)[0]
    except YamlProblem as problem:
        raise WriteError(str(problem)) from None
    if read_back != data:
        raise WriteError("the written text reads back as a different set")


def _fresh(value: Any, path: tuple) -> Any:
    """Plain data as ruamel nodes: block style, literal blocks, dates unquoted."""
    if isinstance(value, dict):
        node = CommentedMap()
        for key, item in value.items():
            node[key] = _fresh(item, (*path, key))
        return node
    if isinstance(value, list):
        return CommentedSeq(_fresh(item, (*path, index)) for index, item in enumerate(value))
    return _scalar(value, path)


def _scalar(value: Any, path: tuple, old: Any = None) -> Any:
    if not isinstance(value, str):
        return value
    if path == ("article", "date") and _ISO_DATE.match(value):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            return value
    if "\n" in value or path == ("article", "text"):
        return LiteralScalarString(value)
    if isinstance(old, DoubleQuotedScalarString):
        return DoubleQuotedScalarString(value)
    return value


def _same(old: Any, new: Any) -> bool:
    """Whether a value read in round-trip mode equals the plain value (booleans apart)."""
    if isinstance(old, datetime.date) and isinstance(new, str):
        return old.isoformat() == new
    return old == new and isinstance(new, bool) == isinstance(old, bool | ScalarBoolean)


def _merge_map(node: CommentedMap, new: dict, path: tuple) -> None:
    for key in [key for key in node if key not in new]:
        del node[key]
    order = key_order(path)
    for key, value in new.items():
        if key in node:
            node[key] = _merged(node[key], value, (*path, key))
        else:
            node.insert(_insert_at(node, key, order), key, _fresh(value, (*path, key)))


def _insert_at(node: CommentedMap, key: str, order: tuple[str, ...]) -> int:
    """Where a new key goes: before the first key that comes after it in the usual order."""
    if key not in order:
        return len(node)
    rank = order.index(key)
    keys = list(node)
    return next((i for i, k in enumerate(keys) if k in order and order.index(k) > rank), len(keys))


def _merged(old: Any, new: Any, path: tuple) -> Any:
    if isinstance(old, CommentedMap) and isinstance(new, dict):
        _merge_map(old, new, path)
        return old
    if isinstance(old, CommentedSeq) and isinstance(new, list):
        _merge_seq(old, new, path)
        return old
    if _same(old, new):
        return old
    return _fresh(new, path) if isinstance(new, dict | list) else _scalar(new, path, old)


def _merge_seq(node: CommentedSeq, new: list, path: tuple) -> None:
    """Items keep their comments: questions and labels are matched by id, others by place."""
    olds: list[Any] = list(node)
    if path in {(key,) for key in _MATCHED_BY_ID}:
        olds = _match_by_id(node, new)
    for index, value in enumerate(new):
        old = olds[index] if index < len(olds) else None
        where = (*path, index)
        merged = _fresh(value, where) if old is None else _merged(old, value, where)
        if index < len(node):
            list.__setitem__(node, index, merged)
        else:
            list.append(node, merged)
    del node[len(new) :]


def _match_by_id(node: CommentedSeq, new: list) -> list[Any]:
    """The old item of each new one (None for a new item); the comments that stood before an
    item move with it when items are inserted, deleted or reordered."""
    old_index = {item.get("id"): i for i, item in enumerate(node) if isinstance(item, CommentedMap)}
    comments = dict(node.ca.items)
    node.ca.items.clear()
    olds: list[Any] = []
    for index, item in enumerate(new):
        at = old_index.get(item.get("id")) if isinstance(item, dict) else None
        olds.append(None if at is None else node[at])
        if at is not None and at in comments:
            node.ca.items[index] = comments[at]
    return olds
