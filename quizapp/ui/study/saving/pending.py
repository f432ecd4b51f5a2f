"""Saves that wait out a busy results file instead of losing answers (no Qt here).

Another quizapp, a backup tool or a sync client may hold the results file's write lock for a
few seconds. The window must not freeze for it, and the answers given meanwhile must not be
lost: each save is tried at once with a short wait (a fraction of a second), and when the file
is busy it joins a queue, in order, that the window retries in the background with a growing
delay. The learner is told only when saving has been impossible for a while, and the queue
keeps being retried; it is written as soon as the lock goes. A save is plain data (a journal
entry): the moment one has to wait it is appended to a journal beside the results file
(``journal``), so a crash, a kill or closing the window while the file is busy loses
nothing; the next start writes what is still waiting, each save exactly once.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from quizapp.results.database import ResultsDB
from quizapp.results.records import (
    AnswerAlreadyRecorded,
    AttemptClosed,
    DatabaseCorrupt,
    DatabaseUnavailable,
    ResultsError,
)
from quizapp.ui.study.saving.entries import (
    Entry,
    Held,
    Ticket,
    apply_entry,
    started_already,
)
from quizapp.ui.study.saving.journal import ended_journals, own_journal, save_key

QUICK_WAIT_MS = 50  # how long one try waits on a busy file: never a visible freeze
FIRST_DELAY, LONGEST_DELAY = 0.25, 4.0  # seconds between retries, doubling up to the longest
TELL_AFTER = 10.0  # seconds of saving impossible before the learner is told


@dataclass
class _Pending:
    entry: Entry
    ticket: Ticket
    number: int | None = None  # its line in the waiting journal, once it had to wait
    replayed: bool = False  # left by an earlier run: it may have reached the file already


class PendingSaves:
    """An ordered queue of saves against one database; ``retry`` writes what it can."""

    def __init__(self, db: ResultsDB, clock: Callable[[], float] = time.monotonic) -> None:
        self.db = db
        self._clock = clock
        self._queue: deque[_Pending] = deque()
        self._failing_since: float | None = None
        self._delay = FIRST_DELAY
        self.lost: list[str] = []  # saves refused for good (a closed attempt, a damaged file)
        self.journal = own_journal(db.path)
        self._adopted: dict[str, Ticket] = {}  # each save taken over, by what it holds
        db.set_busy_timeout(QUICK_WAIT_MS)
        self._load_kept()

    @property
    def kept_path(self) -> Path:
        """Where the saves still waiting are kept (the journal) until they are written."""
        return self.journal.path

    @property
    def older_kept_path(self) -> Path:
        """Where an earlier version kept a queue still waiting at closing time."""
        return self.db.path.with_name(self.db.path.name + ".waiting.json")

    @property
    def pending(self) -> int:
        return len(self._queue)

    def submit(self, entry: Entry, ticket: Ticket | None = None) -> object:
        """Write ``entry`` now when nothing waits before it; else (or when busy) queue it.

        Returns what the database returned, or None when the save was queued.
        """
        pending = _Pending(entry, ticket if ticket is not None else Held())
        self._queue.append(pending)
        if len(self._queue) > 1:
            self._journal(pending)
            return None
        result = self._run_front()
        if result is _BUSY:
            self._journal(pending)
            return None
        return result

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

    def close(self, wait_ms: int) -> bool:
        """A last try before closing, waiting up to ``wait_ms`` on each busy save; what still
        waits after it is in the journal already, let go for the next start to take over."""
        done = True
        if self._queue:
            self.db.set_busy_timeout(wait_ms)
            try:
                done = self.retry()
            finally:
                self.db.set_busy_timeout(QUICK_WAIT_MS)
        self.journal.let_go()
        return done

    def _run_front(self) -> object:
        front = self._queue[0]
        try:
            result = self._apply(front)
        except DatabaseUnavailable:
            if self._failing_since is None:
                self._failing_since = self._clock()
            return _BUSY
        except (DatabaseCorrupt, ResultsError, ValueError, KeyError, TypeError) as error:
            self._written(front)  # this save can never succeed: named, and the rest goes on
            self.lost.append(f"{front.entry.get('kind')}: {error}")
            return None
        self._written(front)
        self._failing_since, self._delay = None, FIRST_DELAY
        return result

    def _apply(self, pending: _Pending) -> object:
        """Write one save; one left by an earlier run that reached the file already is skipped."""
        if pending.replayed and pending.entry.get("kind") == "start":
            found = started_already(self.db, pending.entry)
            if found is not None:
                pending.ticket.attempt_id = found
                return None
        try:
            return apply_entry(self.db, pending.entry, pending.ticket)
        except (AnswerAlreadyRecorded, AttemptClosed):
            if pending.replayed:
                return None  # written before the kill, its "done" line was not
            raise

    def _written(self, pending: _Pending) -> None:
        """Out of the queue; its journal line is marked done, and an empty queue ends it."""
        self._queue.popleft()
        if pending.number is None:
            return
        started = pending.ticket.attempt_id if pending.entry.get("kind") == "start" else None
        self.journal.done(pending.number, started)
        if not self._queue:
            self.journal.clear()

    def _journal(self, pending: _Pending) -> None:
        """Keep a save that has to wait on disk at once, naming its attempt by id or by start."""
        entry = dict(pending.entry)
        if entry["kind"] != "start" and "attempt" not in entry:
            if pending.ticket.attempt_id is not None:
                entry["attempt"] = pending.ticket.attempt_id
            else:
                entry["after_start"] = self._start_number(pending.ticket)
        pending.number = self.journal.add(entry)

    def _start_number(self, ticket: Ticket) -> int | None:
        starts = (p for p in self._queue if p.ticket is ticket and p.entry["kind"] == "start")
        return next((p.number for p in starts), None)

    def _load_kept(self) -> None:
        """Queue what ended runs could not write, then try to write it."""
        for ended in ended_journals(self.db.path, self.journal.path):
            self._adopt(ended.replay())
            ended.clear()  # its saves are in this run's journal now
            ended.let_go()
        self._load_older_kept()
        if self._queue:
            self.retry()

    def _adopt(self, entries: Iterable[tuple[int, Entry]]) -> None:
        """Queue saves an ended run left waiting, each kept in this run's journal at once.

        ``entries`` are (number, entry) pairs, an entry naming its start's number as
        ``after_start`` while that start waits too. A kill before the old journal goes leaves a
        save in two journals: the second copy is set aside (a finished attempt's start is no
        longer recognised as written, so it would be written twice).
        """
        tickets: dict[int, Ticket] = {}
        start_keys: dict[int, str] = {}
        for number, entry in entries:
            key = save_key(entry, start_keys)
            if entry.get("kind") == "start":
                start_keys[number] = key
            if key in self._adopted:
                tickets[number] = self._adopted[key]  # the first copy's attempt
                continue
            if entry.get("kind") == "start":
                ticket = tickets[number] = Held()
            else:
                start = entry.pop("after_start", None)
                ticket = tickets.get(start, Held()) if isinstance(start, int) else Held()
            pending = _Pending(entry, ticket, replayed=True)
            self._adopted[key] = ticket
            self._queue.append(pending)
            self._journal(pending)

    def _load_older_kept(self) -> None:
        """An earlier version's closing-time file: journaled now like any waiting save."""
        try:
            kept = json.loads(self.older_kept_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        entries = enumerate(kept if isinstance(kept, list) else [])
        self._adopt(
            (index, entry)
            for index, entry in entries
            if isinstance(entry, dict) and isinstance(entry.get("kind"), str)
        )
        with contextlib.suppress(OSError):
            self.older_kept_path.unlink()


_BUSY = object()  # what a save returns while the file is busy (never a real result)
