"""Shared pieces of the attack tests: special files that would hang a careless reader."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

UNBLOCK_AFTER_SECONDS = 8.0


@pytest.fixture
def make_fifo() -> Iterator:
    """Make named pipes; each is opened for writing after a while, so that code that waits on
    it (the failure under test) ends with a wrong answer instead of hanging the suite."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes on this system")
    timers: list[threading.Timer] = []

    def make(path: Path) -> Path:
        os.mkfifo(path)
        timer = threading.Timer(UNBLOCK_AFTER_SECONDS, _unblock, args=(path,))
        timer.daemon = True
        timer.start()
        timers.append(timer)
        return path

    yield make
    for timer in timers:
        timer.cancel()


def _unblock(path: Path) -> None:
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
    except OSError:  # nobody is reading: nothing to unblock
        return
    os.close(descriptor)


def answer_record(question_id: str = "who", position: int = 0, earned: float = 1.0) -> dict:
    """One answer as a results file holds it (docs/results-format.md)."""
    return {
        "question_id": question_id,
        "position": position,
        "score": earned,
        "points_earned": earned,
        "points_possible": 1.0,
        "confidence": None,
        "seconds": 3.0,
        "answered_at": "2026-03-02T10:01:00+01:00",
        "tags": ["attribution"],
        "classify_items": [],
        "response": {"choice": 0},
    }


def attempt_record(uid: str, name: str, answers: list[dict], set_hash: str = "h1") -> dict:
    return {
        "attempt_uid": uid,
        "student_name": name,
        "set_id": "stargate",
        "set_title": "Musk et Stargate",
        "set_hash": set_hash,
        "mode": "quiz",
        "status": "finished",
        "started_at": "2026-03-02T10:00:00+01:00",
        "ended_at": "2026-03-02T10:05:00+01:00",
        "score": 1.0,
        "answers": answers,
    }


def results_file(name: str, attempts: list[dict]) -> dict:
    return {
        "format": "quizapp-results",
        "format_version": 1,
        "app_version": "1.0",
        "exported_at": "2026-03-20T10:00:00+01:00",
        "student_name": name,
        "attempts": attempts,
    }
