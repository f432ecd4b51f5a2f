"""The save queue's own rules (ui/study/saving.py): order kept, a busy file retried with a
doubling delay, the learner told only after a while, a save that can never succeed dropped."""

from __future__ import annotations

from quizapp.results.records import AttemptClosed, DatabaseUnavailable
from quizapp.ui.study.saving import FIRST_DELAY, LONGEST_DELAY, TELL_AFTER, PendingSaves


class FakeDB:
    """Busy until ``free`` is set; records what was saved, in order."""

    def __init__(self) -> None:
        self.free = True
        self.saved: list[str] = []
        self.timeouts: list[int] = []

    def set_busy_timeout(self, milliseconds: int) -> None:
        self.timeouts.append(milliseconds)

    def save(self, what: str):
        def run(db: FakeDB) -> str:
            if not db.free:
                raise DatabaseUnavailable("database is locked")
            db.saved.append(what)
            return what

        return run


def test_a_busy_file_queues_in_order_and_the_queue_is_written_when_it_is_free() -> None:
    db, now = FakeDB(), [0.0]
    saves = PendingSaves(db, clock=lambda: now[0])  # type: ignore[arg-type]
    assert saves.submit(db.save("start")) == "start"
    db.free = False
    assert saves.submit(db.save("a1")) is None and saves.submit(db.save("a2")) is None
    assert saves.pending == 2 and not saves.retry()
    delays = [saves.next_delay() for _ in range(7)]
    assert delays[0] == FIRST_DELAY and delays[-1] == LONGEST_DELAY
    assert delays == sorted(delays)
    now[0] = TELL_AFTER - 1
    assert not saves.should_tell()
    now[0] = TELL_AFTER + 1
    assert saves.should_tell()
    db.free = True
    assert saves.retry() and db.saved == ["start", "a1", "a2"]
    assert not saves.should_tell() and saves.next_delay() == FIRST_DELAY


def test_a_save_that_can_never_succeed_is_dropped_and_named() -> None:
    db = FakeDB()
    saves = PendingSaves(db)  # type: ignore[arg-type]

    def closed(_: FakeDB) -> None:
        raise AttemptClosed("attempt 3 is finished")

    assert saves.submit(closed, "answer to q1") is None
    assert saves.submit(db.save("a2")) == "a2"
    assert saves.lost == ["answer to q1: attempt 3 is finished"] and saves.pending == 0


def test_closing_waits_longer_once_then_goes_back_to_short_waits() -> None:
    db = FakeDB()
    saves = PendingSaves(db)  # type: ignore[arg-type]
    db.free = False
    saves.submit(db.save("a1"))
    db.free = True
    assert saves.flush(3000) and db.timeouts[-2:] == [3000, 50]
