"""Live checking without ever blocking typing: debounced, and run off the GUI thread.

Each change restarts a short timer; when the teacher pauses, a snapshot of the set (a JSON
string: quick to make, and the worker cannot see later changes) goes to a worker thread that
writes the text the editor would save and runs ``quizapp validate``'s own checks on it. A
change during a check asks for one more check once it is done, never a queue of them.
"""

from __future__ import annotations

import gc
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from quizapp.sets import catalog
from quizapp.sets.editing.check_server import from_rows
from quizapp.sets.editing.live_check import FieldProblem, check_set
from quizapp.sets.editing.set_draft import SetDraft
from quizapp.ui.background import BackgroundRunner
from quizapp.ui.editor.checking.wording import in_teacher_words

CHECK_SERVER = "_check-server"  # quizapp.cli.main's hidden command (ui may not import cli)
DELAY_MS = 400
PROCESS_FROM_QUESTIONS = 200  # from this size on, checks run in a child process


def server_command() -> list[str]:
    """How to start ``quizapp _check-server``: the bundle's executable, or this Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable, CHECK_SERVER]
    return [sys.executable, "-m", "quizapp", CHECK_SERVER]


class CheckProcess(QObject):
    """A ``quizapp _check-server`` child kept for the window's life; one request at a time."""

    answered = Signal(object)  # list[FieldProblem]
    broken = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process = QProcess(self)
        self._process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        self._process.readyReadStandardOutput.connect(self._read)
        self._process.errorOccurred.connect(lambda _error: self._break())
        self._process.finished.connect(lambda *_: self._break())
        self._buffer = b""
        self.busy = False
        self.usable = True
        command = server_command()
        self._process.start(command[0], command[1:])

    def send(self, request: str) -> None:
        self.busy = True
        self._process.write(request.encode("utf-8") + b"\n")

    def _read(self) -> None:
        self._buffer += bytes(self._process.readAllStandardOutput().data())
        while b"\n" in self._buffer:
            line, self._buffer = self._buffer.split(b"\n", 1)
            self.busy = False
            reply = json.loads(line)
            if isinstance(reply, dict):  # the child could not check it: the thread will
                self._break()
                return
            self.answered.emit(from_rows(reply))

    def _break(self) -> None:
        if self.usable:
            self.usable, self.busy = False, False
            self.broken.emit()

    def stop(self) -> None:
        self.usable = False
        if self._process.state() != QProcess.ProcessState.NotRunning:
            self._process.closeWriteChannel()
            if not self._process.waitForFinished(2000):
                self._process.kill()
                self._process.waitForFinished(2000)


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
        self._child: CheckProcess | None = None
        self._child_revision = -1

    def schedule(self) -> None:
        """Check once the teacher pauses (each call pushes the check back)."""
        self._timer.start()

    def check_soon(self) -> None:
        if self._runner.busy() or (self._child is not None and self._child.busy):
            self._again = True
            return
        if self._large() and self._child_ready():
            self._check_in_child()
            return
        revision = self.draft.revision
        snapshot = json.dumps(self.draft.data, ensure_ascii=False)
        path, _original, images = self._where()

        def work() -> list[FieldProblem]:
            with collector_paused():
                return check_set(json.loads(snapshot), path, images=images)

        self._runner.run(work, lambda found: self._done(found, revision), self._failed)

    def _large(self) -> bool:
        questions = self.draft.data.get("questions")
        return isinstance(questions, list) and len(questions) >= PROCESS_FROM_QUESTIONS

    def _child_ready(self) -> bool:
        if self._child is None:
            self._child = CheckProcess(self)
            self._child.answered.connect(lambda found: self._done(found, self._child_revision))
            self._child.broken.connect(self._child_broken)
        return self._child.usable

    def _check_in_child(self) -> None:
        assert self._child is not None
        path, _original, images = self._where()
        self._child_revision = self.draft.revision
        request = {
            "data": self.draft.data,
            "path": str(path),
            "images": images,
            "language": catalog.current_language(),
        }
        self._child.send(json.dumps(request, ensure_ascii=False))

    def _child_broken(self) -> None:
        """The child stopped or could not start: checks go on in a thread."""
        self.check_soon()

    def stop(self) -> None:
        """The window closes: no more checks, the child process ends."""
        self._timer.stop()
        self._runner.wait()
        if self._child is not None:
            self._child.stop()

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
        if revision < self.revision:  # a late answer about an older state: a newer one is shown
            problems, revision = self.problems, self.revision
        else:  # the form's names for the file's keys and label ids
            problems = [in_teacher_words(problem, self.draft.data) for problem in problems]
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
