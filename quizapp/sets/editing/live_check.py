"""Live checking for the editor: the loader's own checks on the text the writer would save,
each problem placed at the field it is about.

There is one source of truth for what is wrong with a set: ``checking.check_text``, the path
``quizapp validate`` takes (errors and item-writing warnings). The editor writes the set as it
would save it, runs that path, and maps each ``line:col`` back to the data path of the value at
that place, so the window can show the message beside the field and flag the question in the
list.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quizapp.sets import checking
from quizapp.sets.editing.writer import set_text
from quizapp.sets.errors import LoadError
from quizapp.sets.yaml_reader import Position, YamlProblem, read_yaml

DataPath = tuple[Any, ...]


@dataclass(frozen=True)
class FieldProblem:
    """One problem of the set, at a data path such as ("questions", 2, "options", 0, "text")."""

    path: DataPath
    line: int  # 1-based, in the text the writer would save
    col: int
    message: str
    warning: bool = False  # an item-writing warning: the set loads, a colleague would object

    @property
    def question(self) -> int | None:
        """The index of the question it is about, if any."""
        if len(self.path) >= 2 and self.path[0] == "questions" and isinstance(self.path[1], int):
            return self.path[1]
        return None


def check_set(
    data: dict, path: Path, original: str | None = None, images: bool = True
) -> list[FieldProblem]:
    """Every problem of ``data`` as ``quizapp validate`` would report it once saved at ``path``
    (``images=False``: a set never saved has no folder where its images could be)."""
    text = set_text(data, original, as_json=path.suffix.lower() == ".json")
    return check_text(text, path, images)


def check_text(text: str, path: Path, images: bool = True) -> list[FieldProblem]:
    """Errors (the set would not load) first, then warnings, each at its field."""
    try:
        found = checking.check_text(text, path, images=images)
    except LoadError as error:
        problems, warning = error.problems, False
    else:
        problems, warning = list(found.warnings), True
    if not problems:
        return []
    places = _Places(text)
    return [FieldProblem(_path_of(p, places), p.line, p.col, p.message, warning) for p in problems]


def _path_of(problem: Any, places: _Places) -> DataPath:
    """The data path a warning carries, else the one at the problem's place in the text."""
    loc = getattr(problem, "loc", ())
    return tuple(loc) if loc else places.path_at(problem.line - 1, problem.col - 1)


class _Places:
    """Data paths by position in the text: the key or value that starts at each place."""

    def __init__(self, text: str) -> None:
        self.starts: list[tuple[int, int]] = []
        self.paths: list[DataPath] = []
        try:
            _, root = read_yaml(text, track=True)
        except YamlProblem:
            root = None
        entries: list[tuple[tuple[int, int], DataPath]] = []
        if root is not None:
            self._walk(root, (), entries)
        entries.sort(key=lambda entry: (entry[0], -len(entry[1])))
        for start, data_path in entries:
            self.starts.append(start)
            self.paths.append(data_path)

    def _walk(self, node: Position, path: DataPath, out: list) -> None:
        stack = [(node, path)]
        while stack:
            current, where = stack.pop()
            out.append(((current.line, current.col), where))
            for key, mark in current.keys.items():
                out.append((mark, (*where, key)))
            for key, child in current.children.items():
                stack.append((child, (*where, key)))

    def path_at(self, line: int, col: int) -> DataPath:
        """The outermost path starting at (line, col), else the last one before it (a rule of a
        whole question stands where the question starts, not at its first field)."""
        at = bisect.bisect_right(self.starts, (line, col)) - 1
        return self.paths[at] if at >= 0 else ()
