"""The one checking path: a set's text to its errors (raised) and its warnings (returned).

``quizapp validate`` runs it on files; the set editor runs it on the YAML text it would save,
so the teacher sees the same errors, warnings and words in both places. Errors stop the set
from loading; warnings (``item_checks``) leave it usable and only ``--strict`` refuses them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from quizapp.model import QuizSet
from quizapp.sets.errors import LocatedProblem
from quizapp.sets.item_checks import item_warnings
from quizapp.sets.loader import check_image_files, parse_text, positions_of, validate_data
from quizapp.sets.locate import locate_problems
from quizapp.sets.textfile import read_text


@dataclass(frozen=True, order=True)
class LocatedWarning(LocatedProblem):
    """An item-writing warning where an editor can jump to it, with its code and question."""

    code: str = ""
    question_id: str = ""


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
    positions = positions_of(text, path)
    located = []
    for warning in warnings:
        where = locate_problems([(warning, False)], positions, str(path))[0]
        code, question_id = warning.values.get("code", ""), warning.values.get("id", "")
        located.append(
            LocatedWarning(
                where.path, where.line, where.col, where.message, str(code), str(question_id)
            )
        )
    return sorted(located)
