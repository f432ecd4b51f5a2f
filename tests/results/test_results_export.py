"""Export for the teacher (CSV with BOM, ',' or ';', and JSON) and import back: a round trip."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from results_helpers import at, choice, classify, open_db

from quizapp.results.database import ResultsDB
from quizapp.results.export import CSV_COLUMNS, export_csv, export_from_db, export_json
from quizapp.results.handin.reading import parse_csv, read_export
from quizapp.results.handin.results_file import ResultsFileError
from quizapp.results.records import (
    AnswerInput,
    Attempt,
    AttemptWithAnswers,
    ClassifyPair,
    RecordedAnswer,
)


@pytest.fixture
def db(tmp_path: Path) -> ResultsDB:
    """Two attempts: a finished quiz and an interrupted exam, with awkward text on purpose."""
    db = open_db(tmp_path / "student")
    db.set_student_name('Zoé d\'Arc; "la 2e"')
    quiz = db.start_attempt("stargate", "h1", "=Musk, Trump ; et « Stargate »", "quiz", at(2))
    db.record_answer(quiz.id, choice("who", 0, True, confidence="sure"), at(2, 10, 1))
    db.record_answer(
        quiz.id, classify("labels", 1, [("named", "named"), ("vague", None), ("fact", "author")]),
        at(2, 10, 2),
    )  # fmt: skip
    text = AnswerInput("where", 2, {"span": [3, 40], "note": "ligne 1\nligne 2"}, 0.0, 2.0, 61.25)
    db.record_answer(quiz.id, text, at(2, 10, 3))
    db.finish_attempt(quiz.id, at(2, 10, 4))
    exam = db.start_attempt("other-set", "h9", "Autre", "exam", at(3))
    db.record_answer(exam.id, choice("q1", 0, False, confidence="unsure", points=1.5), at(3))
    return db


def _rounded(attempts: list[AttemptWithAnswers]) -> list[AttemptWithAnswers]:
    """The attempts as a CSV file keeps them: numbers to 2 decimals."""
    return [
        replace(item, answers=tuple(
            replace(a, score=round(a.score, 2), points_earned=round(a.points_earned, 2),
                    points_possible=round(a.points_possible, 2), seconds=round(a.seconds, 2))
            for a in item.answers
        ))
        for item in attempts
    ]  # fmt: skip


def _one_third_attempt() -> AttemptWithAnswers:
    attempt = Attempt(0, "uid-1", "s", "h", "S", "quiz", "finished", "2026-03-02T10:00:00+01:00",
                      "2026-03-02T10:05:00+01:00", None)  # fmt: skip
    answer = RecordedAnswer("q1", 0, {}, 1 / 3, 1 / 3, 1.0, None, 1.5,
                            "2026-03-02T10:01:00+01:00", (), ())  # fmt: skip
    return AttemptWithAnswers(attempt, (answer,))


def _without_ids(attempts: list[AttemptWithAnswers]) -> list[tuple[object, ...]]:
    """What a round trip must keep: everything but the database's own numbering and totals."""
    return [
        (a.attempt.uid, a.attempt.set_id, a.attempt.set_title, a.attempt.set_hash, a.attempt.mode,
         a.attempt.status, a.attempt.started_at, a.attempt.ended_at, a.attempt.student_name,
         a.answers)
        for a in attempts
    ]  # fmt: skip


@pytest.mark.parametrize(("fmt", "delimiter"), [("json", ","), ("csv", ","), ("csv", ";")])
def test_round_trip_through_a_file_and_a_second_database(
    db: ResultsDB, tmp_path: Path, fmt: str, delimiter: str
) -> None:
    first = export_from_db(db, tmp_path / f"all.{fmt}", fmt, at(4), delimiter=delimiter)  # type: ignore[arg-type]
    read = read_export(first)
    kept = db.all_attempts() if fmt == "json" else _rounded(db.all_attempts())
    if fmt == "json":
        assert read.student_name == db.student_name
    assert _without_ids(read.attempts) == _without_ids(kept)

    teacher = open_db(tmp_path / "teacher")
    assert teacher.import_attempts(read.attempts) == 2
    assert teacher.import_attempts(read.attempts) == 0  # the same file twice adds nothing
    assert _without_ids(teacher.all_attempts()) == _without_ids(kept)
    again = export_from_db(teacher, tmp_path / f"again.{fmt}", fmt, at(4), delimiter=delimiter)  # type: ignore[arg-type]
    assert read_export(again).attempts == read.attempts
    if fmt == "csv":  # JSON also names the exporting machine's student, unset for the teacher
        assert again.read_bytes() == first.read_bytes()
    # Statistics follow the imported answers.
    assert teacher.calibration().sure == 1
    assert teacher.confusion("stargate") == db.confusion("stargate")


def test_csv_has_a_bom_stable_columns_and_french_numbers(db: ResultsDB, tmp_path: Path) -> None:
    path = export_from_db(db, tmp_path / "fr.csv", "csv", at(4), delimiter=";")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 4  # one row per answer
    assert rows[1]["score"] == "0,33"  # 2 decimals at most
    assert rows[1]["classify_items"] == "named>named vague> fact>author"
    assert rows[0]["set_title"].startswith("'=")  # no formula runs in the teacher's spreadsheet
    assert rows[0]["student_name"] == 'Zoé d\'Arc; "la 2e"'
    assert rows[0]["attempt_score"] == "0,33"  # (1 + 1/3 + 0) / 4 points
    assert rows[3]["ended_at"] == ""


def test_one_attempt_as_json_carries_format_version_and_name(db: ResultsDB, tmp_path: Path) -> None:
    only = db.all_attempts()[1].attempt
    path = export_from_db(db, tmp_path / "one.json", "json", at(4), attempt_id=only.id)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert (data["format"], data["format_version"]) == ("quizapp-results", 1)
    assert data["exported_at"] == "2026-03-04T10:00:00+01:00"
    [attempt] = data["attempts"]
    assert attempt["student_name"] == 'Zoé d\'Arc; "la 2e"'
    assert attempt["answers"][0]["points_possible"] == 1.5


def test_the_name_is_written_only_on_attempts_made_under_it(tmp_path: Path) -> None:
    db = open_db(tmp_path)
    attempt = db.start_attempt("s", "h", "S", "quiz", at(2))
    db.record_answer(attempt.id, choice("q1", 0, True), at(2))
    db.set_student_name("Léa")
    later = db.start_attempt("s", "h", "S", "quiz", at(3))
    db.record_answer(later.id, choice("q1", 0, True), at(3))
    lines = export_csv(db.all_attempts(), db.student_name).splitlines()
    assert "Léa" not in lines[1] and "Léa" in lines[2]
    data = json.loads(export_json(db.all_attempts(), db.student_name, at(4)))
    assert data["student_name"] == "Léa"  # the file's: who exported it
    assert [a["student_name"] for a in data["attempts"]] == [None, "Léa"]
    with pytest.raises(ValueError, match="delimiter"):
        export_csv(db.all_attempts(), None, delimiter="\t")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.json", '{"format": "quizapp-results", "format_version": 2}', "format_version"),
        ("bad.json", '{"format": "other"', "Invalid JSON"),
        ("bad.csv", "student_name,set_id\nZoé,s\n", "missing column"),
        ("bad.csv", ",".join(CSV_COLUMNS) + "\n" + ",".join(["2"] * len(CSV_COLUMNS)) + "\n",
         ":2: format_version"),
    ],
)  # fmt: skip
def test_a_bad_results_file_is_refused_with_where_and_why(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ResultsFileError, match=message):
        read_export(path)


@pytest.mark.parametrize(
    ("edited", "message"),
    [((1, 2, 3), "attempt .*: mode: Input should be"), ((3,), ":4: column mode differs")],
)
def test_a_csv_row_with_a_bad_value_is_named(
    db: ResultsDB, tmp_path: Path, edited: tuple[int, ...], message: str
) -> None:
    lines = export_csv(db.all_attempts(), db.student_name).split("\r\n")
    for line in edited:
        lines[line] = lines[line].replace(",quiz,", ",practice,")
    path = tmp_path / "edited.csv"
    path.write_text("\r\n".join(lines), encoding="utf-8-sig")
    content = read_export(path)  # the edited attempt is named and skipped, the others kept
    assert content.attempts and any(re.search(message, line) for line in content.skipped)


@settings(max_examples=60, deadline=None)
@given(
    title=st.text(min_size=0, max_size=30),
    name=st.one_of(st.none(), st.text(min_size=1, max_size=20)),
    note=st.text(max_size=30),
    earned=st.floats(min_value=0, max_value=3, allow_nan=False),
    delimiter=st.sampled_from([",", ";"]),
)
@example(title="'=1+1", name="'", note="=cmd", earned=0.1, delimiter=";")
@example(title="-", name="\r\n", note="'", earned=1 / 3, delimiter=",")
def test_any_text_and_number_survives_the_csv_round_trip(
    title: str, name: str | None, note: str, earned: float, delimiter: str
) -> None:
    attempt = Attempt(0, "uid-1", "s", "h", title, "quiz", "finished", "2026-03-02T10:00:00+01:00",
                      "2026-03-02T10:05:00+01:00", name)  # fmt: skip
    answer = RecordedAnswer("q1", 0, {"note": note}, earned / 3, earned, 3.0, "sure", 1.5,
                            "2026-03-02T10:01:00+01:00", ("a", "b"),
                            (ClassifyPair("named", None),))  # fmt: skip
    original = [AttemptWithAnswers(attempt, (answer,))]
    assert parse_csv(export_csv(original, None, delimiter)).attempts == _rounded(original)


def test_an_imported_older_attempt_does_not_hide_a_newer_answer(tmp_path: Path) -> None:
    laptop = open_db(tmp_path / "laptop")
    old = laptop.start_attempt("s", "h", "S", "quiz", at(2))
    laptop.record_answer(old.id, choice("q1", 0, False), at(2))
    desktop = open_db(tmp_path / "desktop")
    new = desktop.start_attempt("s", "h", "S", "quiz", at(5))
    desktop.record_answer(new.id, choice("q1", 0, True), at(5))
    assert desktop.import_attempts(laptop.all_attempts()) == 1
    assert desktop.wrong_last_time("s") == []
    assert laptop.import_attempts(desktop.all_attempts()) == 1
    assert laptop.wrong_last_time("s") == []


def test_default_export_names_say_whose_and_are_safe_everywhere() -> None:
    import datetime as dt

    from quizapp.results.export_names import default_export_name

    day = dt.date(2026, 11, 30)
    assert (
        default_export_name("Zoé Lefèvre", ["stargate-musk-fr"], day, "csv", "results")
        == "Zoé Lefèvre - stargate-musk-fr - 2026-11-30.csv"
    )
    risky = default_export_name('a/b\\c:d*e?"f<g>|h\x01. ', ["x", "y"], day, "json", "results")
    assert risky == "a b c d e f g h - 2026-11-30.json"
    assert default_export_name(None, [], day, "csv", "results") == "results - 2026-11-30.csv"
    assert default_export_name("CON", ["s"], day, "csv", "r").startswith("_CON - s")


def test_csv_numbers_have_two_decimals_and_a_header_row_in_a_language_reads_back() -> None:
    from quizapp.results.export import CSV_COLUMNS, export_csv
    from quizapp.results.handin.reading import parse_csv

    attempt = _one_third_attempt()
    names = {column: f"Colonne {n}" for n, column in enumerate(CSV_COLUMNS)}
    text = export_csv([attempt], None, ";", headers={**names, "student_name": "Nom de l'élève"})
    first, second = text.splitlines()[:2]
    assert first.split(";")[1] == "Nom de l'élève" and second.split(";") == list(CSV_COLUMNS)
    assert "0,33" in text and "0,333" not in text
    back = parse_csv(text)
    assert back.attempts[0].answers[0].score == pytest.approx(0.33)
