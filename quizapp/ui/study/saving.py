"""Saves that wait out a busy results file instead of losing answers (no Qt here).

Another quizapp, a backup tool or a sync client may hold the results file's write lock for a
few seconds. The window must not freeze for it, and the answers given meanwhile must not be
lost: each save is tried at once with a short wait (a fraction of a second), and when the file
is busy it joins a queue, in order, that the window retries in the background with a growing
delay. The learner is told only when saving has been impossible for a while, and the queue
keeps being retried; it is written as soon as the lock goes.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from quizapp.results.database import ResultsDB
from quizapp.results.records import DatabaseCorrupt, DatabaseUnavailable, ResultsError

Save = Callable[[ResultsDB], object]
QUICK_WAIT_MS = 50  # how long one try waits on a busy file: never a visible freeze
FIRST_DELAY, LONGEST_DELAY = 0.25, 4.0  # seconds between retries, doubling up to the longest
TELL_AFTER = 10.0  # seconds of saving impossible before the learner is told


@dataclass
class _Pending:
    save: Save
    what: str


class PendingSaves:
    """An ordered queue of saves against one database; ``retry`` writes what it can."""

    def __init__(self, db: ResultsDB, clock: Callable[[], float] = time.monotonic) -> None:
        self.db = db
        self._clock = clock
        self._queue: deque[_Pending] = deque()
        self._failing_since: float | None = None
        self._delay = FIRST_DELAY
        self.lost: list[str] = []  # saves refused for good (a closed attempt, a damaged file)
        db.set_busy_timeout(QUICK_WAIT_MS)

    @property
    def pending(self) -> int:
        return len(self._queue)

    def submit(self, save: Save, what: str = "") -> object:
        """Run ``save`` now when nothing waits before it; else (or when busy) queue it.

        Returns what the save returned, or None when it was queued.
        """
        self._queue.append(_Pending(save, what))
        if len(self._queue) > 1:
            return None
        result = self._run_front()
        return None if result is _BUSY else result

    def retry(self) -> bool:
        """Write the queue in order until the file is busy again; True when it is empty."""
        while self._queue:
            if self._run_front() is _BUSY:
                return False
        return True

    def next_delay(self) -> float:
        """Seconds until the next retry, doubling while the file stays busy."""
        delay = self._delay
        self._delay = min(self._delay * 2, LONGEST_DELAY)
        return delay

    def should_tell(self) -> bool:
        """True once saving has been impossible for ``TELL_AFTER`` seconds."""
        since = self._failing_since
        return since is not None and self._clock() - since >= TELL_AFTER

    def flush(self, wait_ms: int) -> bool:
        """A last try before closing, waiting up to ``wait_ms`` on each busy save."""
        if not self._queue:
            return True
        self.db.set_busy_timeout(wait_ms)
        try:
            return self.retry()
        finally:
            self.db.set_busy_timeout(QUICK_WAIT_MS)

    def _run_front(self) -> object:
        front = self._queue[0]
        try:
            result = front.save(self.db)
        except DatabaseCorrupt as error:
            return self._drop(front, error)
        except DatabaseUnavailable:
            if self._failing_since is None:
                self._failing_since = self._clock()
            return _BUSY
        except (ResultsError, ValueError) as error:  # this save can never succeed: skip it
            return self._drop(front, error)
        self._queue.popleft()
        self._failing_since, self._delay = None, FIRST_DELAY
        return result

    def _drop(self, front: _Pending, error: Exception) -> None:
        self._queue.popleft()
        self.lost.append(f"{front.what}: {error}")
        return None


_BUSY = object()  # what a save returns while the file is busy (never a real result)
