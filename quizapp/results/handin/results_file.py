"""What reading a results file gives back, and how a record it refuses is said.

Shared by the JSON and the CSV readers (``reading``, ``csv_reading``): both keep the attempts
that pass the model, name each one they skip, and refuse a file none of whose records passes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import ValidationError

from quizapp.results.records import AttemptWithAnswers, ResultsError


class ResultsFileError(ResultsError):
    """A results file that cannot be read: the message says where and why."""


@dataclass(frozen=True, slots=True)
class ResultsFile:
    """What a results file holds, whichever its format."""

    student_name: str | None
    exported_at: str | None
    attempts: list[AttemptWithAnswers]
    skipped: list[str] = field(default_factory=list)  # records refused, each with its reason


def refuse_if_nothing_kept(kept: list[AttemptWithAnswers], skipped: list[str]) -> None:
    """A file all of whose records are bad is a bad file: said with its first reason."""
    if not kept and skipped:
        raise ResultsFileError(skipped[0])


def reason_of(error: Exception) -> str:
    """Why a record was refused, in one line: the first place pydantic names, or the error."""
    if isinstance(error, RecursionError):
        return "nested too deeply"
    if isinstance(error, ValidationError):
        first = error.errors()[0]
        return f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}"
    return str(error)
