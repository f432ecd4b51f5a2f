"""A stand-in for the quiz window, run in a subprocess that the test kills with SIGKILL.

It records answers one by one as fast as it can and prints the position of each answer once its
transaction has committed, so the parent knows which answers were promised to be safe.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from quizapp.results.database import ResultsDB
from quizapp.results.records import AnswerInput, ClassifyPair


def main(path: Path, count: int) -> None:
    start = dt.datetime(2026, 3, 2, 10, tzinfo=dt.UTC)
    db, _notice = ResultsDB.open(path, start)
    attempt = db.start_attempt("killed-set", "h", "Killed", "quiz", start, plan={"count": count})
    print("started", attempt.id, flush=True)
    for position in range(count):
        answer = AnswerInput(
            question_id=f"q{position}",
            position=position,
            response={"labels": ["named", "vague"]},
            points_earned=0.5,
            points_possible=1.0,
            seconds=3.0,
            confidence="sure",
            tags=("sourcing",),
            items=(ClassifyPair("named", "named"), ClassifyPair("vague", "author")),
        )
        db.record_answer(attempt.id, answer, start + dt.timedelta(seconds=position))
        print("committed", position, flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
