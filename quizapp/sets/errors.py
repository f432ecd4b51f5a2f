"""Typed errors of the store layer; the UI and the CLI turn them into messages."""

from __future__ import annotations

from dataclasses import dataclass

from quizapp.model.wording import printable


@dataclass(frozen=True, order=True)
class LocatedProblem:
    """One problem of a file, where an editor can jump to it (1-based line and column)."""

    path: str
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        return printable(f"{self.path}:{self.line}:{self.col}: {self.message}")


class StoreError(Exception):
    """Base of every error the store raises on purpose."""


class LoadError(StoreError):
    """A question file could not be loaded; ``problems`` says every reason, each located."""

    def __init__(self, problems: list[LocatedProblem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))

    @classmethod
    def single(cls, path: str, message: str, line: int = 1, col: int = 1) -> LoadError:
        return cls([LocatedProblem(path, line, col, message)])
