"""The saves waiting for a busy results file, kept on disk the moment they start waiting.

A save that cannot be written at once must survive a crash or a kill while the file stays
busy, so it is appended to a journal beside the results file before anything else happens:
one JSON line per save, numbered, written with a single append and forced to disk. A kill in
the middle of a line loses at most that line (it does not parse and is skipped); the lines
before it are never touched. Once a save reaches the database a short "done" line names its
number (and, for the start of an attempt, the attempt's id, which later saves need); when the
queue is empty the journal is removed. The next start replays what is not done, in order.

Each run keeps a journal of its own, under a name no other run uses, and holds a lock file
beside it (QLockFile, which knows a lock whose process is gone): two quizapps open on one
results file never number, mark or remove each other's saves, and a start takes over only the
journals of runs that are over (killed, crashed, or an earlier version's single journal).
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile

Entry = dict[str, Any]
_APPEND = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0)


class WaitingJournal:
    """Append-only record of waiting saves: ``add`` when one waits, ``done`` when written."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._next = 1
        self._owner = QLockFile(str(path) + ".lock")
        self._owner.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self._held = False

    def take_over(self) -> bool:
        """Hold this journal's lock: False while the run that writes it is still running."""
        self._held = self._held or self._owner.tryLock(0)
        return self._held

    def add(self, entry: Entry) -> int:
        """Keep ``entry`` on disk now; its number, which ``done`` names later."""
        number = self._next
        self._next += 1
        self._append({"seq": number, "entry": entry})
        return number

    def done(self, number: int, attempt_id: int | None = None) -> None:
        line: Entry = {"done": number}
        if attempt_id is not None:
            line["attempt"] = attempt_id
        self._append(line)

    def clear(self) -> None:
        """Nothing waits any more: the journal goes, its lock stays held until ``let_go``.

        A running quizapp keeps its lock until it closes: let go in between, a start sweeping
        the locks of killed runs could take it, then remove the journal of the next save.
        """
        with contextlib.suppress(OSError):
            self.path.unlink()

    def let_go(self) -> None:
        """This run is closing: what the journal holds is for the next start to take over."""
        if self._held:
            self._owner.unlock()
            self._held = False

    def _append(self, line: Entry) -> None:
        data = (json.dumps(line, separators=(",", ":")) + "\n").encode("utf-8")
        self.take_over()  # before the file exists: no starting run may think it was left
        with contextlib.suppress(OSError):
            descriptor = os.open(self.path, _APPEND, 0o600)
            try:
                os.write(descriptor, data)
                os.fsync(descriptor)
            finally:
                os.close(descriptor)

    def replay(self) -> list[tuple[int, Entry]]:
        """What a previous run left waiting, in order, as (number, entry) pairs.

        A save whose attempt was started meanwhile names that attempt by id; one whose start
        still waits names the start's number (``after_start``). Numbering carries on after
        the highest seen, so the lines already on disk stay valid.
        """
        waiting: dict[int, Entry] = {}
        started: dict[int, int] = {}
        for line in _lines(self.path):
            if isinstance(line.get("seq"), int) and isinstance(line.get("entry"), dict):
                waiting[line["seq"]] = line["entry"]
                self._next = max(self._next, line["seq"] + 1)
            elif isinstance(line.get("done"), int):
                waiting.pop(line["done"], None)
                if isinstance(line.get("attempt"), int):
                    started[line["done"]] = line["attempt"]
        for entry in waiting.values():
            start = entry.get("after_start")
            if isinstance(start, int) and start in started:
                entry.pop("after_start")
                entry["attempt"] = started[start]
        return sorted(waiting.items())


def _lines(path: Path) -> list[Entry]:
    """The journal's whole lines; a torn last line (a kill mid-write) is skipped."""
    try:
        raw = path.read_bytes()
    except OSError:
        return []
    lines = []
    for text in raw.split(b"\n"):
        try:
            line = json.loads(text)
        except ValueError:
            continue
        if isinstance(line, dict):
            lines.append(line)
    return lines


def save_key(entry: Entry, start_keys: dict[int, str]) -> str:
    """What one save is in any journal: its data, its start's data for the start's number
    (each journal numbers its own saves, so copies of a save differ only there)."""
    fields = dict(entry)
    start = fields.pop("after_start", None)
    fields["after_start"] = start_keys.get(start) if isinstance(start, int) else None
    return json.dumps(fields, sort_keys=True)


def own_journal(results: Path) -> WaitingJournal:
    """A journal for this run alone, beside ``results`` (created only once a save waits)."""
    return WaitingJournal(results.with_name(f"{results.name}.waiting-{uuid.uuid4().hex}.jsonl"))


def ended_journals(results: Path, own: Path) -> list[WaitingJournal]:
    """The journals beside ``results`` whose runs are over, each held now by this run.

    A running quizapp's journal is left alone (its lock is held from its first waiting save
    until it closes); a lock file left without its journal by a kill is removed on the way.
    """
    pattern = glob.escape(results.name) + ".waiting*.jsonl"
    ended = []
    for path in sorted(results.parent.glob(pattern)):
        journal = WaitingJournal(path)
        if path != own and journal.take_over():
            ended.append(journal)
    for lock in results.parent.glob(pattern + ".lock"):
        stray = WaitingJournal(lock.with_suffix(""))
        if not stray.path.exists() and stray.take_over():
            stray.let_go()
    return ended
