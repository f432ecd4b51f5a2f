"""From a path into the data (pydantic's ``loc``) to a line and column of the file."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from quizapp.model import QUESTION_TYPES, Problem
from quizapp.sets.catalog import say
from quizapp.sets.errors import LocatedProblem
from quizapp.sets.explain.messages import describe_problem
from quizapp.sets.safe_yaml.reader import Position

MAX_REPORTED = 500  # a file with a million mistakes gets the first ones, not a million lines


# a problem, whether it points at its key, and (optional) its words for the editor's form
Found = tuple[Problem, bool] | tuple[Problem, bool, str]


def locate_problems(
    problems: Iterable[Found], positions: Position | None, path: str
) -> list[LocatedProblem]:
    """Each problem at the line of its key (when ``at_key``) or of its value, 1-based, with
    its field's data path and its words for the form kept apart for the window."""
    located = {}
    problems = list(problems)
    for problem, at_key, *form in problems[:MAX_REPORTED]:
        line, col = _line_col(positions, problem.loc, at_key)
        entry = LocatedProblem(
            path,
            line + 1,
            col + 1,
            describe_problem(problem),
            field=form_path(problem.loc),
            form_message=form[0] if form else "",
        )
        located[entry] = None
    if len(problems) > MAX_REPORTED:
        more = say(
            "more_problems",
            "{count} problems in all; the first {shown} are listed: fix them first",
            count=len(problems),
            shown=MAX_REPORTED,
        )
        located[LocatedProblem(path, 1, 1, more)] = None
    return list(located)


def form_path(loc: tuple[Any, ...]) -> tuple[Any, ...]:
    """A data path as the editor's form writes it: without pydantic's question-type step."""
    return tuple(part for part in loc if not (isinstance(part, str) and part in QUESTION_TYPES))


def _line_col(positions: Position | None, loc: tuple[Any, ...], at_key: bool) -> tuple[int, int]:
    if positions is None:
        return 0, 0
    current = positions
    for depth, part in enumerate(loc):
        last = depth == len(loc) - 1
        if last and at_key and part in current.keys:
            return current.keys[part]
        child = current.children.get(part)
        if child is None:
            if part in QUESTION_TYPES:  # the discriminator's step, absent from the file
                continue
            break
        current = child
    return current.line, current.col
