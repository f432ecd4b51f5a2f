"""Plain-Python work run off the GUI thread, its outcome handed back on the GUI thread.

Importing a Moodle bank or merging a class's results files reads and parses files whose size
the teacher does not control; doing it on the GUI thread would freeze the window. The work
runs in a QThreadPool worker and its result (or the exception it raised) comes back through a
queued signal to a QObject living on the GUI thread, so callbacks may touch widgets.

Work that can be stopped takes a ``threading.Event`` it polls; ``cancel`` sets every pending
one, and so does quitting the app, so a long import never holds up the window's exit.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

Work = Callable[[], Any]
OnDone = Callable[[Any], None]
OnError = Callable[[Exception], None]


class _Outcome(QObject):
    """Carries one task's outcome across threads (a QRunnable cannot have signals)."""

    done = Signal(object, object)  # the result, or None; the exception, or None


def _nothing() -> None:
    """The work a task holds once it has run."""


class _Task(QRunnable):
    def __init__(self, work: Work) -> None:
        super().__init__()
        self.outcome = _Outcome()
        self._work = work

    def run(self) -> None:
        # The pool keeps this task's Python wrapper as long as the pool lives (autoDelete off):
        # let go of the work at once, or its closure (a dialog, its analysis) is kept too.
        work, self._work = self._work, _nothing
        try:
            result = work()
        except Exception as error:  # handed to the GUI thread, where it becomes a message
            self.outcome.done.emit(None, error)
        else:
            self.outcome.done.emit(result, None)


class BackgroundRunner(QObject):
    """Runs work one piece at a time, in the order given; callbacks run on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending: dict[_Outcome, tuple[_Task, OnDone, OnError]] = {}
        self._stops: dict[_Outcome, threading.Event] = {}
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.cancel)

    def run(
        self, work: Work, on_done: OnDone, on_error: OnError, stop: threading.Event | None = None
    ) -> None:
        """Run ``work``; ``stop`` is the event it polls, set by ``cancel``."""
        task = _Task(work)
        task.setAutoDelete(False)  # kept in _pending until its outcome has arrived
        task.outcome.done.connect(self._finished)
        self._pending[task.outcome] = (task, on_done, on_error)
        if stop is not None:
            self._stops[task.outcome] = stop
        self._pool.start(task)

    def busy(self) -> bool:
        return bool(self._pending)

    def cancel(self) -> None:
        """Ask every pending piece of work that can stop to stop (Cancel, closing, quitting)."""
        for stop in self._stops.values():
            stop.set()

    def wait(self, milliseconds: int = 30_000) -> bool:
        """Block until the work started has run (tests, and closing a window cleanly)."""
        return self._pool.waitForDone(milliseconds)

    @Slot(object, object)
    def _finished(self, result: Any, error: Exception | None) -> None:
        self._stops.pop(self.sender(), None)  # type: ignore[call-overload]
        entry = self._pending.pop(self.sender(), None)  # type: ignore[call-overload]
        if entry is None:
            return
        _, on_done, on_error = entry
        if error is None:
            on_done(result)
        else:
            on_error(error)
