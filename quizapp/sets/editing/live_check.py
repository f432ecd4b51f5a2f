"""Live checking for the editor: the loader's own checks on the text the writer would save,
each problem placed at the field it is about.

There is one source of truth for what is wrong with a set: ``checking.check_text``, the path
``quizapp validate`` takes (errors and item-writing warnings). The editor writes the set as it
would save it, runs that path, and maps each ``line:col`` back to the data path of the value at
that place, so the window can show the message beside the field and flag the question in the
list.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quizapp.sets import checking
from quizapp.sets.editing.writer import set_text
from quizapp.sets.errors import LoadError
from quizapp.sets.safe_yaml.reader import Position, YamlProblem, read_yaml

DataPath = tuple[Any, ...]


@dataclass(frozen=True)
class FieldProblem:
    """One problem of the set, at a data path such as ("questions", 2, "options", 0, "text")."""

    path: DataPath
    line: int  # 1-based, in the text the writer would save
    col: int
    message: str
    warning: bool = False  # an item-writing warning: the set loads, a colleague would object
    code: str = ""  # a warning's code (W01-W11), for a tooltip and the guide's section

    @property
    def question(self) -> int | None:
        """The index of the question it is about, if any."""
        if len(self.path) >= 2 and self.path[0] == "questions" and isinstance(self.path[1], int):
            return self.path[1]
        return None


def check_set(data: dict, path: Path, images: bool = True) -> list[FieldProblem]:
    """Every problem of ``data`` as ``quizapp validate`` would report it once saved at ``path``
    (``images=False``: a set never saved has no folder where its images could be).

    The text checked is the JSON form of the set: the writer guarantees that the YAML it saves
    reads back as exactly this data, so the checks and their words are the same, and JSON is
    written and parsed in C, which keeps a check of a thousand questions short (the YAML
    emitter, pure Python, takes seconds there). Problems are placed by data path, not line.
    """
    text = set_text(data, as_json=True)
    return check_text(text, path.with_name(f"{path.name}.json"), images)


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
    needs_places = any(not getattr(problem, "loc", ()) for problem in problems)
    places = _Places(text if needs_places else "")
    return [
        FieldProblem(
            _path_of(p, places),
            p.line,
            p.col,
            getattr(p, "words", p.message),  # a warning in words, its code apart
            warning,
            getattr(p, "code", ""),
        )
        for p in problems
    ]


def _path_of(problem: Any, places: _Places) -> DataPath:
    """The data path a warning carries, else the one at the problem's place in the text."""
    loc = getattr(problem, "loc", ())
    return tuple(loc) if loc else places.path_at(problem.line - 1, problem.col - 1)


class _Places:
    """Data paths by position in the text: the key or value that starts at each place.

    Kept by line, so that finding a place is a look-up and never a sort of every value of a
    large set (a sort runs in C, holding the interpreter lock the window needs).
    """

    def __init__(self, text: str) -> None:
        self.lines: dict[int, dict[int, DataPath]] = {}
        root = None
        if text:
            try:
                root = read_yaml(text, track=True)[1]
            except YamlProblem:
                root = None
        if root is not None:
            self._walk(root)

    def _add(self, line: int, col: int, path: DataPath) -> None:
        columns = self.lines.setdefault(line, {})
        known = columns.get(col)
        if known is None or len(path) < len(known):  # the outermost value starting there
            columns[col] = path

    def _walk(self, root: Position) -> None:
        stack: list[tuple[Position, DataPath]] = [(root, ())]
        while stack:
            current, where = stack.pop()
            self._add(current.line, current.col, where)
            for key, (line, col) in current.keys.items():
                self._add(line, col, (*where, key))
            for key, child in current.children.items():
                stack.append((child, (*where, key)))

    def path_at(self, line: int, col: int) -> DataPath:
        """The outermost path starting at (line, col), else the last one before it on that
        line or above (a rule of a whole question stands where the question starts)."""
        for number in range(line, max(line - 200, -1), -1):
            columns = self.lines.get(number)
            if not columns:
                continue
            before = [c for c in columns if number < line or c <= col]
            if before:
                return columns[max(before)]
        return ()
