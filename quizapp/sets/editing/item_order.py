"""Comments move with their question when questions (or labels) are reordered in the editor.

A teacher's comment written just above a question belongs to that question. The YAML library
does not know this: it hangs such a comment on whatever it read last, often the last value of
the question before, so after a reorder the comment would stay behind and describe the wrong
question. Before merging the edited set into the original text, the writer therefore puts
the original's items in the new order as text: each item is moved as one block, with the
comment and blank lines that stand right above it. The result is read back and compared with
the expected data; if anything differs, the original is used as it was (nothing is lost,
only the comments' places).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from quizapp.sets.safe_yaml.reader import YamlProblem, read_yaml

REORDERED_LISTS = ("questions", "labels")


ItemText = Callable[[Any, tuple], str]  # an item written as a block list of one item


def in_new_order(original: str, data: dict, item_text: ItemText) -> str:
    """``original`` with its questions and labels as ``data`` has them: in its order, without
    the deleted ones, with new ones written by ``item_text``, values otherwise unchanged."""
    text = original
    for key in REORDERED_LISTS:
        text = _rearranged(text, key, data, item_text) or text
    return text


def _rearranged(text: str, key: str, data: dict, item_text: ItemText) -> str | None:
    """``text`` with the items of its top-level list ``key`` arranged as in ``data``; None
    when nothing moves or the list is not written as a block list one can cut."""
    try:
        before = read_yaml(text)[0]
    except YamlProblem:
        return None
    old_ids, new_ids = _ids(before, key), _ids(data, key)
    if old_ids is None or new_ids is None or old_ids == new_ids or not old_ids:
        return None
    found = _blocks(text.splitlines(keepends=True), key, len(old_ids))
    if found is None:
        return None
    head, blocks, tail = found
    old_blocks = dict(zip(old_ids, blocks, strict=True))
    old_items = dict(zip(old_ids, before[key], strict=True))
    dash = _indent(next(line for line in blocks[0] if not _is_loose(line)))
    lines, expected = list(head), []
    for index, (item_id, item) in enumerate(zip(new_ids, data[key], strict=True)):
        if item_id in old_blocks:
            lines += old_blocks[item_id]
            expected.append(old_items[item_id])
        else:
            lines += _indented(item_text(item, (key, index)), dash)
            expected.append(item)
    result = "".join(lines + tail)
    try:
        return result if read_yaml(result)[0] == {**before, key: expected} else None
    except YamlProblem:
        return None


def _indented(block: str, dash: int) -> list[str]:
    """A block written with its dash in column 0, moved to the list's own column."""
    return [" " * dash + line if line.strip() else line for line in block.splitlines(True)]


def _ids(data: Any, key: str) -> list[str] | None:
    """The ids of the list's items, when every item has its own."""
    items = data.get(key) if isinstance(data, dict) else None
    if not isinstance(items, list):
        return None
    ids = [item.get("id") if isinstance(item, dict) else None for item in items]
    if not all(isinstance(i, str) for i in ids) or len(set(ids)) != len(ids):
        return None
    return ids


def _blocks(
    lines: list[str], key: str, count: int
) -> tuple[list[str], list[list[str]], list[str]] | None:
    """The lines before the list's items, each item's lines (with the comments right above
    it) and the lines after the last item; None if the list is not ``count`` block items."""
    start = next((n for n, line in enumerate(lines) if _is_key_line(line, key)), None)
    if start is None:
        return None
    end = start + 1
    while end < len(lines) and (_is_loose(lines[end]) or _indent(lines[end]) > 0 or
                                lines[end].startswith("-")):  # fmt: skip
        end += 1
    body = lines[start + 1 : end]
    dash = next((_indent(line) for line in body if not _is_loose(line)), None)
    if dash is None:
        return None
    starts = [n for n, line in enumerate(body) if _is_item_start(line, dash)]
    if len(starts) != count:
        return None
    cuts = [_leading_start(body, n, dash) for n in starts]
    tail_start = len(body)
    while tail_start > starts[-1] + 1 and _is_loose(body[tail_start - 1]):
        tail_start -= 1
    bounds = [*cuts[1:], tail_start]
    blocks = [_ended(body[cut:bound]) for cut, bound in zip(cuts, bounds, strict=True)]
    head = lines[: start + 1] + body[: cuts[0]]
    return head, blocks, body[tail_start:] + lines[end:]


def _ended(block: list[str]) -> list[str]:
    """The block's last line ends with a newline (the file's last line may not)."""
    if block and not block[-1].endswith("\n"):
        return [*block[:-1], block[-1] + "\n"]
    return block


def _leading_start(body: list[str], item: int, dash: int) -> int:
    """Where an item's block begins: the blank and comment lines right above it, except a
    comment indented under the item before (a note that ends that item)."""
    first = item
    while first > 0 and _is_loose(body[first - 1]):
        first -= 1
    for n in range(item - 1, first - 1, -1):
        if body[n].strip() and _indent(body[n]) > dash:
            return n + 1
    return first


def _is_key_line(line: str, key: str) -> bool:
    return re.match(rf"{re.escape(key)}\s*:\s*(#.*)?$", line.rstrip("\r\n")) is not None


def _is_item_start(line: str, dash: int) -> bool:
    return _indent(line) == dash and re.match(r"-(\s|$)", line[dash:]) is not None


def _is_loose(line: str) -> bool:
    """A blank line or a comment line."""
    stripped = line.strip()
    return not stripped or stripped.startswith("#")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))
