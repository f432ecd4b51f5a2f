"""How far a drafting has gone, and the caller's word to stop it (cancel56).

A 20,000-word article takes the drafter seconds: the review dialog showed « Analysing the
article… » with nothing moving, and its Cancel closed the dialog while the analysis went on
to its end in the background (long55). The drafter stays free of Qt and of threads: the
caller hands ``analyze`` and ``draft_questions`` a ``Steps``, two plain callables. Between
two steps of its work (a paragraph read, a step over the whole article, a question drafted)
the drafter asks ``stop``: when it says yes, ``Cancelled`` is raised and everything made so
far is thrown away with the stack, so nothing half-made can come back. After each step it
tells ``report`` where it is: the stage, the steps done and the steps of that stage.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")

# The stages, in their order: the paragraphs read, the steps over the whole article once it
# is read, the questions drafted. A caller shows them as it likes (the review dialog: one bar)
READING, ARTICLE, QUESTIONS = "reading", "article", "questions"
STAGES = (READING, ARTICLE, QUESTIONS)

Report = Callable[[str, int, int], None]


class Cancelled(Exception):
    """The caller asked the drafting to stop; raised between two steps, never inside one."""


def _never() -> bool:
    """The ``stop`` of a drafting nobody cancels (``quizapp draft``, the corpus scripts)."""
    return False


def _unheard(stage: str, done: int, total: int) -> None:
    """The ``report`` of a drafting nobody watches."""


@dataclass(frozen=True)
class Steps:
    """A drafting's two hooks: ``stop`` asked between steps, ``report`` told after each.

    Both are called on the thread the drafting runs on: a caller whose screen lives on
    another thread keeps what it is told and shows it from there."""

    stop: Callable[[], bool] = _never
    report: Report = _unheard

    def check(self, stage: str, done: int, total: int) -> None:
        """One step of ``stage`` ended (``done`` of ``total``): stop here if the caller
        asked to, else say where the drafting is."""
        self.go_on()
        self.report(stage, done, total)

    def go_on(self) -> None:
        """Stop here if the caller asked to: inside a step whose parts are too many to say
        each (a long article's who-said-this, one per statement)."""
        if self.stop():
            raise Cancelled

    def each(self, stage: str, items: Sequence[T]) -> Iterator[T]:
        """``items`` handed out one by one as ``stage``'s steps: a step checked before each
        of them and once after the last, so a loop over a long list can be stopped."""
        for done, item in enumerate(items):
            self.check(stage, done, len(items))
            yield item
        self.check(stage, len(items), len(items))


UNWATCHED = Steps()  # the default: never stopped, nobody told
