"""Students' results files made the real way: answers recorded in a ResultsDB, then exported.

The class-results tests read what quizapp's export writes, not a hand-written guess of the
format, so a change to the export that breaks the teacher's merge shows up here.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from results_helpers import at, choice, classify, open_db

from quizapp.results.export import export_from_db
from quizapp.results.records import AnswerInput

SET_ID = "stargate"


def student_export(
    folder: Path,
    file_name: str,
    name: str | None,
    runs: Sequence[Sequence[AnswerInput]],
    delimiter: str = ",",
    mode: str = "quiz",
) -> Path:
    """One student's database with a finished attempt per run, exported to ``file_name``.

    The format follows the file name's suffix (.csv or .json), as a student would choose it.
    """
    db = open_db(folder / (Path(file_name).stem + "-db"))
    db.set_student_name(name)
    for day, answers in enumerate(runs, start=2):
        attempt = db.start_attempt(SET_ID, "h1", "Musk et Stargate", mode, at(day))  # type: ignore[arg-type]
        for minute, answer in enumerate(answers, start=1):
            db.record_answer(attempt.id, answer, at(day, 10, minute))
        db.finish_attempt(attempt.id, at(day, 11))
    fmt = "json" if file_name.endswith(".json") else "csv"
    path = export_from_db(db, folder / file_name, fmt, at(20), delimiter=delimiter)  # type: ignore[arg-type]
    db.close()
    return path


def class_of_three(folder: Path) -> list[Path]:
    """Alice (CSV ','), Bruno (CSV ';', decimal comma) and Chloé (JSON, two attempts).

    Over the class: ``who`` is right 3 times out of 4 answers; ``labels`` is at full marks once
    in 3; one anonymous claim was taken for vague, one vague claim left blank, one fact called
    the outlet's own.
    """
    alice = [
        choice("who", 0, True),
        classify("labels", 1, [("named", "named"), ("anonymous", "vague"), ("fact", "fact")]),
    ]
    bruno = [
        choice("who", 0, False),
        classify("labels", 1, [("named", "named"), ("vague", None), ("fact", "author")]),
    ]
    chloe_first = [
        choice("who", 0, True),
        classify("labels", 1, [("named", "named"), ("anonymous", "anonymous"), ("fact", "fact")]),
    ]
    chloe_second = [choice("who", 0, True), choice("tf", 1, False)]
    return [
        student_export(folder, "alice.csv", "Alice Martin", [alice]),
        student_export(folder, "bruno.csv", "Bruno Keller", [bruno], delimiter=";"),
        student_export(folder, "chloe.json", "Chloé Dubois", [chloe_first, chloe_second]),
    ]
