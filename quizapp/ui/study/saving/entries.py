"""What a save is: a plain journal entry (an attempt started, an answer, an attempt finished
or abandoned) and how one is written to the results database.

Plain data so that a save that has to wait can be kept on disk as it is (``journal``) and
written by a later run; a start's ticket carries the attempt id the saves after it need.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any, Protocol

from quizapp.results.database import ResultsDB
from quizapp.results.records import AnswerInput, AttemptClosed, ClassifyPair

Entry = dict[str, Any]


class Ticket(Protocol):
    """Who learns the attempt's id once its start is written (the controller's running attempt)."""

    attempt_id: int | None


@dataclass
class Held:
    """The ticket of a save no running attempt follows (replayed, or submitted without one)."""

    attempt_id: int | None = None


def start_entry(set_id: str, set_hash: str, title: str, mode: str, at: dt.datetime, plan: Any):
    return {"kind": "start", "set_id": set_id, "set_hash": set_hash, "title": title,
            "mode": mode, "at": at.isoformat(), "plan": plan}  # fmt: skip


def answer_entry(answer: AnswerInput, at: dt.datetime) -> Entry:
    return {"kind": "answer", "answer": asdict(answer), "at": at.isoformat()}


def close_entry(kind: str, at: dt.datetime, attempt_id: int | None = None) -> Entry:
    """``finish`` or ``abandon``; ``attempt_id`` when it is known already."""
    entry: Entry = {"kind": kind, "at": at.isoformat()}
    if attempt_id is not None:
        entry["attempt"] = attempt_id
    return entry


def apply_entry(db: ResultsDB, entry: Entry, ticket: Ticket) -> object:
    """Write one journal entry; a start tells its ticket the new attempt's id."""
    at = dt.datetime.fromisoformat(entry["at"])
    kind = entry["kind"]
    if kind == "start":
        attempt = db.start_attempt(
            entry["set_id"], entry["set_hash"], entry["title"], entry["mode"], at, entry["plan"]
        )
        ticket.attempt_id = attempt.id
        return attempt
    attempt_id = entry.get("attempt", ticket.attempt_id)
    if attempt_id is None:
        raise AttemptClosed("its attempt could not be started")
    if kind == "answer":
        return db.record_answer(attempt_id, _answer(entry["answer"]), at)
    if kind == "finish":
        return db.finish_attempt(attempt_id, at)
    if kind == "abandon":
        return db.abandon_attempt(attempt_id, at)
    raise ValueError(f"unknown save {kind!r}")


def started_already(db: ResultsDB, entry: Entry) -> int | None:
    """The open attempt this start wrote before a kill took its "done" line, if any."""
    at = dt.datetime.fromisoformat(entry["at"]).isoformat(timespec="seconds")
    for stored in db.interrupted_attempts():
        attempt = stored.attempt
        same = (attempt.set_id, attempt.set_hash, attempt.mode, attempt.started_at)
        if same == (entry["set_id"], entry["set_hash"], entry["mode"], at):
            return attempt.id
    return None


def _answer(fields: dict[str, Any]) -> AnswerInput:
    items = tuple(ClassifyPair(**item) for item in fields.get("items", ()))
    return AnswerInput(**{**fields, "tags": tuple(fields.get("tags", ())), "items": items})
