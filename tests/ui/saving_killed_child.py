"""Saves made while another process holds the results file's lock, then killed (no Qt).

The child opens the results database, says ``ready``, and waits for ``go`` on its input (the
test takes the lock in between). It then starts an attempt and answers ``count`` questions;
every save has to wait, so it prints ``queued <question id>`` once the save is in its queue,
and sleeps until it is killed.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from quizapp.results.database import ResultsDB
from quizapp.results.records import AnswerInput
from quizapp.ui.study.saving.entries import Held, answer_entry, start_entry
from quizapp.ui.study.saving.pending import PendingSaves

START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def main(path: Path, count: int, set_id: str = "media") -> None:
    db, _ = ResultsDB.open(path, START)
    saves = PendingSaves(db)
    print("ready", flush=True)
    sys.stdin.readline()
    ticket = Held()
    saves.submit(start_entry(set_id, "hash", "Media", "quiz", START, None), ticket)
    for index in range(count):
        answer = AnswerInput(f"q{index}", index, {"choice": index}, 1.0, 1.0, tags=("news",))
        saves.submit(answer_entry(answer, START + dt.timedelta(seconds=index + 1)), ticket)
        print("queued", f"q{index}", flush=True)
    time.sleep(120)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]), *sys.argv[3:])
