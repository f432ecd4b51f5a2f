"""Live checking without ever blocking typing: debounced, and run off the GUI thread.

Each change restarts a short timer; when the teacher pauses, a snapshot of the set (a JSON
string: quick to make, and the worker cannot see later changes) goes to a worker thread that
writes the text the editor would save and runs ``quizapp validate``'s own checks on it. A
change during a check asks for one more check once it is done, never a queue of them.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from quizapp.sets.editing.commands import SetDraft
from quizapp.sets.editing.live_check import FieldProblem, check_set
from quizapp.ui.background import BackgroundRunner

DELAY_MS = 400


class LiveChecker(QObject):
    """Emits ``checked(problems, revision)`` after each check of ``draft``."""

    checked = Signal(object, int)
    failed = Signal(str)

    def __init__(
        self,
        draft: SetDraft,
        where: Callable[[], tuple[Path, str | None, bool]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.draft = draft
        self._where = where  # (the path it would be saved at, its original text, images?)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.check_soon)
        self._runner = BackgroundRunner(self)
        self._again = False
        self.problems: list[FieldProblem] = []
        self.revision = -1

    def schedule(self) -> None:
        """Check once the teacher pauses (each call pushes the check back)."""
        self._timer.start()

    def check_soon(self) -> None:
        if self._runner.busy():
            self._again = True
            return
        revision = self.draft.revision
        snapshot = json.dumps(self.draft.data, ensure_ascii=False)
        path, _original, images = self._where()

        def work() -> list[FieldProblem]:
            with collector_paused():
                return check_set(json.loads(snapshot), path, images=images)

        self._runner.run(work, lambda found: self._done(found, revision), self._failed)

    def check_now(self) -> list[FieldProblem]:
        """Check on the GUI thread, at once (before saving, and in tests)."""
        self._timer.stop()
        self._runner.wait()
        path, _original, images = self._where()
        self._done(check_set(self.draft.data, path, images=images), self.draft.revision)
        return self.problems

    def wait(self) -> None:
        self._runner.wait()

    def _done(self, problems: list[FieldProblem], revision: int) -> None:
        self.problems, self.revision = problems, revision
        self.checked.emit(problems, revision)
        if self._again:
            self._again = False
            self.check_soon()

    def _failed(self, error: Exception) -> None:
        self.failed.emit(f"{type(error).__name__}: {error}")
        if self._again:
            self._again = False
            self.check_soon()


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while a check runs in the worker.

    A check makes many short-lived objects; the collector, triggered by them, would walk the
    whole heap while holding the interpreter lock (150 ms and more with a large set open),
    and the window cannot respond meanwhile. What a check makes is freed by reference
    counting anyway; the collector resumes when it is done.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def problems_under(problems: list[Any], prefix: tuple) -> list[Any]:
    """The problems whose path starts with ``prefix``."""
    return [p for p in problems if p.path[: len(prefix)] == prefix]
