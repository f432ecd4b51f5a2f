"""The one checking path: a set's text to its errors (raised) and its warnings (returned).

``quizapp validate`` runs it on files; the set editor runs it on the YAML text it would save,
so the teacher sees the same errors, warnings and words in both places. Errors stop the set
from loading; warnings (``item_checks``) leave it usable and only ``--strict`` refuses them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from quizapp.model import Problem, QuizSet
from quizapp.sets.catalog import say
from quizapp.sets.errors import LocatedProblem
from quizapp.sets.explain.locate import locate_problems
from quizapp.sets.explain.messages import describe_problem
from quizapp.sets.files.textfile import read_text
from quizapp.sets.item_checks import item_warnings
from quizapp.sets.loader import check_image_files, parse_text, positions_of, validate_data

# Above this size, tracking every position of the file costs seconds (a YAML parse with marks
# of a 10,000-question set): warnings are then placed at the line of their question's id.
PRECISE_LOCATION_LIMIT = 500_000


@dataclass(frozen=True, order=True)
class LocatedWarning(LocatedProblem):
    """An item-writing warning where an editor can jump to it, with its code and question.

    ``message`` is what ``quizapp validate`` prints (« warning W11 [q-id]: no explanation… »);
    ``words`` the same catalogue sentence without that lead, for a place that already shows
    which question it is about (the editor, beside the question's fields). Code, id and words
    are kept apart when the warning is made, so nothing is read back out of the message
    (ui37). ``loc`` is the path into the set's data (("questions", 2, "options", 0, "text")).
    """

    code: str = ""
    question_id: str = ""
    loc: tuple[str | int, ...] = field(default=(), compare=False)
    words: str = field(default="", compare=False)


def _located_warning(path: Path, line: int, col: int, warning: Problem) -> LocatedWarning:
    """One warning with its lead (code and question) and its words, each made once."""
    body = describe_problem(warning)
    code, question_id = str(warning.values.get("code", "")), str(warning.values.get("id", ""))
    lead = say("warning_lead", "warning {code} [{id}]:", code=code, id=question_id)
    words = body[:1].upper() + body[1:]
    return LocatedWarning(
        str(path), line, col, f"{lead} {body}", code, question_id, warning.loc, words
    )


@dataclass(frozen=True)
class CheckedSet:
    """A set that loads, and what a careful colleague would still point out about it."""

    quiz: QuizSet
    warnings: tuple[LocatedWarning, ...]


def check_file(path: Path) -> CheckedSet:
    """Read and check one question file; raise ``LoadError`` with every error."""
    return check_text(read_text(path), path)


def check_text(text: str, path: Path, *, images: bool = True) -> CheckedSet:
    """Check a set's text as if it were the file at ``path`` (which need not exist yet).

    ``images=False`` skips looking for image files on disk (text not saved anywhere yet).
    Raises ``LoadError`` with every error, located; returns the warnings, located.
    """
    data = parse_text(text, path)
    quiz = validate_data(data, path, text)
    if images:
        check_image_files(quiz, path, text)
    return CheckedSet(quiz, tuple(locate_warnings(quiz, text, path)))


def locate_warnings(quiz: QuizSet, text: str | None, path: Path) -> list[LocatedWarning]:
    """The item-writing warnings of a loaded set, each at its line, sorted like errors."""
    warnings = item_warnings(quiz)
    if not warnings:
        return []
    if text is not None and len(text) > PRECISE_LOCATION_LIMIT:
        places = _id_lines(text, [question.id for question in quiz.questions])
        where = [places[w.loc[1]] if len(w.loc) > 1 else (1, 1) for w in warnings]
    else:
        positions = positions_of(text, path)
        located = (locate_problems([(w, False)], positions, "")[0] for w in warnings)
        where = [(place.line, place.col) for place in located]
    return sorted(
        _located_warning(path, line, col, warning)
        for warning, (line, col) in zip(warnings, where, strict=True)
    )


_ID_KEY = re.compile(r"""\bid["']?[ \t]*:[ \t]*["']?([a-z0-9_-]+)""")


def _id_lines(text: str, ids: list[str]) -> dict[int, tuple[int, int]]:
    """Line and column (1-based) of each question's id, by question index, in one pass.

    Questions come in file order, so ids are matched in order from the ``questions`` key on;
    an id not found (written in an unusual way) takes the place of the one before it.
    """
    start = re.search(r"""["']?\bquestions["']?[ \t]*:""", text)
    offset = start.start() if start else 0
    line, line_start = text.count("\n", 0, offset) + 1, text.rfind("\n", 0, offset) + 1
    matches = _ID_KEY.finditer(text, offset)
    places: dict[int, tuple[int, int]] = {}
    last = (line, 1)
    for index, question_id in enumerate(ids):
        found = next((m for m in matches if m.group(1) == question_id), None)
        if found is None:
            matches = _ID_KEY.finditer(text, offset)  # look again from the last id found
        else:
            at = found.start()
            line += text.count("\n", offset, at)
            line_start = max(line_start, text.rfind("\n", offset, at) + 1)
            offset = at
            last = (line, at - line_start + 1)
        places[index] = last
    return places
