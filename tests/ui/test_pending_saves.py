"""The save queue's own rules (ui/study/saving/pending.py): order kept, a busy file retried with a
doubling delay, the learner told only after a while, a save that can never succeed dropped."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from quizapp.results.records import AnswerInput, AttemptClosed, DatabaseUnavailable
from quizapp.ui.study.saving.entries import answer_entry, close_entry
from quizapp.ui.study.saving.pending import FIRST_DELAY, LONGEST_DELAY, TELL_AFTER, PendingSaves

AT = dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC)


class FakeDB:
    """Busy until ``free`` is set; records what was saved, in order."""

    def __init__(self, tmp_path: Path) -> None:
        self.path = tmp_path / "results.db"
        self.free = True
        self.saved: list[str] = []
        self.timeouts: list[int] = []

    def set_busy_timeout(self, milliseconds: int) -> None:
        self.timeouts.append(milliseconds)

    def record_answer(self, attempt_id: int, answer: AnswerInput, at: dt.datetime) -> str:
        if not self.free:
            raise DatabaseUnavailable("database is locked")
        if attempt_id == 99:
            raise AttemptClosed("attempt 99 is finished")
        self.saved.append(answer.question_id)
        return answer.question_id


def _entry(question_id: str, attempt: int = 1) -> dict:
    entry = answer_entry(AnswerInput(question_id, 0, None, 1.0, 1.0), AT)
    return entry | {"attempt": attempt}


def test_a_busy_file_queues_in_order_and_the_queue_is_written_when_it_is_free(
    tmp_path: Path,
) -> None:
    db, now = FakeDB(tmp_path), [0.0]
    saves = PendingSaves(db, clock=lambda: now[0])  # type: ignore[arg-type]
    assert saves.submit(_entry("a0")) == "a0"
    db.free = False
    assert saves.submit(_entry("a1")) is None and saves.submit(_entry("a2")) is None
    assert saves.pending == 2 and not saves.retry()
    delays = [saves.next_delay() for _ in range(7)]
    assert delays[0] == FIRST_DELAY and delays[-1] == LONGEST_DELAY and delays == sorted(delays)
    now[0] = TELL_AFTER - 1
    assert not saves.should_tell()
    now[0] = TELL_AFTER + 1
    assert saves.should_tell()
    db.free = True
    assert saves.retry() and db.saved == ["a0", "a1", "a2"]
    assert not saves.should_tell() and saves.next_delay() == FIRST_DELAY


def test_a_save_that_can_never_succeed_is_dropped_and_named(tmp_path: Path) -> None:
    db = FakeDB(tmp_path)
    saves = PendingSaves(db)  # type: ignore[arg-type]
    assert saves.submit(_entry("q1", attempt=99)) is None
    assert saves.submit(_entry("a2")) == "a2"
    assert saves.lost == ["answer: attempt 99 is finished"] and saves.pending == 0
    assert saves.submit(close_entry("unknown", AT, 1)) is None and len(saves.lost) == 2


def test_closing_waits_longer_once_and_keeps_what_still_waits(tmp_path: Path) -> None:
    db = FakeDB(tmp_path)
    saves = PendingSaves(db)  # type: ignore[arg-type]
    db.free = False
    saves.submit(_entry("a1"))
    assert not saves.close(3000) and db.timeouts[-2:] == [3000, 50]
    assert saves.kept_path.is_file()
    db.free = True
    again = PendingSaves(db)  # type: ignore[arg-type]  # the next start writes it
    assert db.saved == ["a1"] and again.pending == 0 and not again.kept_path.exists()
