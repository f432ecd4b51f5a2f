"""Typed errors of the store layer; the UI and the CLI turn them into messages."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from quizapp.model.wording import printable


@dataclass(frozen=True, order=True)
class LocatedProblem:
    """One problem of a file, where an editor can jump to it (1-based line and column).

    ``message`` is for whoever edits the file by hand (it names the file's key); the window
    reads the other parts apart, never the text (errors36): ``field``, the data path the
    problem is about (question types left out, as the editor's form paths are; () when not
    known), and ``form_message``, the same problem said with the field as the editor's form
    names it and without the file's key ("" when the form has no field of its own for it).
    Both are keyword-only and take no part in order or equality: one problem is still one
    place and one message, and subclasses (an item-writing warning) keep their own fields.
    """

    path: str
    line: int
    col: int
    message: str
    field: tuple[Any, ...] = dataclasses.field(default=(), compare=False, kw_only=True)
    form_message: str = dataclasses.field(default="", compare=False, kw_only=True)

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
