"""Class results: students' exported files (CSV ',' and ';', JSON) merged for the teacher."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest
from class_helpers import class_of_three, student_export
from hypothesis import given, settings
from hypothesis import strategies as st
from results_helpers import at, choice, classify, open_db

from quizapp.results.export import export_from_db
from quizapp.results.handin.class_results import merge, merge_files, read_results_files
from quizapp.results.handin.class_results_csv import class_csv, write_class_csv
from quizapp.results.handin.class_rows import ClassResults, LabelTally


@pytest.fixture(scope="module")
def three(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return class_of_three(tmp_path_factory.mktemp("class"))


def _summary(results: ClassResults) -> list[tuple[object, ...]]:
    return [
        (row.name, row.attempts, row.answers, round(row.score or 0, 4), row.by_label)
        for row in results.students
    ]


def test_a_row_per_student_with_score_and_label_accuracy(three: list[Path]) -> None:
    results = merge_files(three)
    assert results.problems == [] and results.files_read == 3 and results.attempts == 4
    assert _summary(results) == [
        # Alice and Bruno hand in CSV files, whose numbers have 2 decimals (2/3 -> 0.67)
        ("Alice Martin", 1, 2, round((1 + 0.67) / 2, 4),
         {"named": LabelTally(1, 1), "anonymous": LabelTally(0, 1), "fact": LabelTally(1, 1)}),
        ("Bruno Keller", 1, 2, round(0.33 / 2, 4),
         {"named": LabelTally(1, 1), "vague": LabelTally(0, 1), "fact": LabelTally(0, 1)}),
        ("Chloé Dubois", 2, 4, 0.75,
         {"named": LabelTally(1, 1), "anonymous": LabelTally(1, 1), "fact": LabelTally(1, 1)}),
    ]  # fmt: skip
    assert [row.files for row in results.students] == [
        ("alice.csv",),
        ("bruno.csv",),
        ("chloe.json",),
    ]


def test_question_difficulty_hardest_first(three: list[Path]) -> None:
    rows = merge_files(three).questions
    assert [(r.question_id, r.students, r.answered, r.right) for r in rows] == [
        ("tf", 1, 1, 0),
        ("labels", 3, 3, 1),
        ("who", 3, 4, 3),
    ]
    assert rows[2].share_right == 0.75
    assert rows[1].mean_score == pytest.approx((2 / 3 + 1 / 3 + 1) / 3)
    assert {row.set_id for row in rows} == {"stargate"}


def test_the_class_confusion_matrix(three: list[Path]) -> None:
    results = merge_files(three)
    assert results.label_ids == ["named", "anonymous", "vague", "author", "fact"]
    assert results.matrix() == [
        [3, 0, 0, 0, 0],
        [0, 1, 1, 0, 0],
        [0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0],
        [0, 0, 0, 1, 2],
    ]
    assert results.left_blank() == [0, 0, 1, 0, 0]
    assert results.true_label_ids() == ["named", "anonymous", "vague", "fact"]


def test_the_same_attempt_handed_in_twice_counts_once(three: list[Path], tmp_path: Path) -> None:
    copy = shutil.copy(three[0], tmp_path / "alice-again.csv")
    with open_db(three[0].parent / "alice-db") as alice_db:  # the same attempts, now as JSON
        as_json = export_from_db(alice_db, tmp_path / "alice.json", "json", at(21))
    results = merge_files([*three, Path(copy), as_json])
    assert results.duplicates == 2 and results.attempts == 4
    assert _summary(results) == _summary(merge_files(three))
    assert results.students[0].files == ("alice.csv",)


def test_of_two_copies_of_an_attempt_the_fuller_one_counts(tmp_path: Path) -> None:
    db = open_db(tmp_path / "db")
    db.set_student_name("Zoé")
    attempt = db.start_attempt("stargate", "h1", "Stargate", "quiz", at(2))
    db.record_answer(attempt.id, choice("who", 0, True), at(2, 10, 1))
    early = export_from_db(db, tmp_path / "early.json", "json", at(2, 10, 2))
    db.record_answer(attempt.id, choice("tf", 1, False), at(2, 10, 3))
    db.finish_attempt(attempt.id, at(2, 10, 4))
    late = export_from_db(db, tmp_path / "late.csv", "csv", at(3))
    for order in ([early, late], [late, early]):
        results = merge_files(order)
        assert (results.attempts, results.duplicates) == (1, 1)
        assert results.students[0].answers == 2


def test_an_unreadable_file_is_reported_and_the_rest_merged(
    three: list[Path], tmp_path: Path
) -> None:
    garbage = tmp_path / "photo.csv"
    garbage.write_text("this is not a results file\r\n", encoding="utf-8")
    wrong_version = tmp_path / "future.json"
    wrong_version.write_text(
        three[2].read_text(encoding="utf-8").replace('_version": 1', '_version": 9')
    )
    huge = tmp_path / "huge.csv"
    header = three[0].read_text(encoding="utf-8-sig").splitlines()[0]
    huge.write_text(header + "\r\n" + "1," * 21 + "x" * 200_000 + "\r\n", encoding="utf-8")
    missing = tmp_path / "nowhere.json"
    results = merge_files([garbage, *three, wrong_version, huge, missing])
    assert [row.name for row in results.students] == [
        "Alice Martin",
        "Bruno Keller",
        "Chloé Dubois",
    ]
    assert len(results.problems) == 4
    assert results.problems[0].startswith(f"{garbage}:1: missing column(s): format_version")
    assert results.problems[1].startswith(f"{wrong_version}: format_version: ")
    assert results.problems[2].startswith(f"{huge}: not a results CSV file: field larger")
    assert results.problems[3].startswith(f"{missing}: cannot read the file")


def test_a_bad_row_is_located_by_its_line(three: list[Path], tmp_path: Path) -> None:
    lines = three[1].read_text(encoding="utf-8-sig").splitlines()
    lines[2] = lines[2].replace(";quiz;", ";party;")
    broken = tmp_path / "bruno-edited.csv"
    broken.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    read, problems = read_results_files([broken])
    assert read == [] and len(problems) == 1
    assert problems[0].startswith(f"{broken}:") and "mode" in problems[0]


def test_names_match_whatever_the_spacing_and_case(tmp_path: Path) -> None:
    files = [
        student_export(tmp_path, "a.csv", "Alice  Martin", [[choice("who", 0, True)]]),
        student_export(tmp_path, "b.json", "alice martin ", [[choice("who", 0, False)]]),
        student_export(tmp_path, "c.csv", None, [[choice("who", 0, True)]]),
        student_export(tmp_path, "d.csv", None, [[choice("who", 0, False)]]),
    ]
    rows = merge_files(files).students
    assert [(row.name, row.files, row.attempts) for row in rows] == [
        ("Alice Martin", ("a.csv", "b.json"), 2),
        (None, ("c.csv",), 1),  # no name: each file is its own student
        (None, ("d.csv",), 1),
    ]
    assert merge_files(files).questions[0].students == 3


def test_only_one_set_when_asked(tmp_path: Path) -> None:
    db = open_db(tmp_path / "db")
    for set_id in ("stargate", "other"):
        attempt = db.start_attempt(set_id, "h", set_id, "quiz", at(2))
        db.record_answer(attempt.id, choice("who", 0, set_id == "other"), at(2, 10, 1))
    path = export_from_db(db, tmp_path / "both.json", "json", at(3))
    assert len(merge_files([path]).questions) == 2  # same question id, two sets: two rows
    only = merge_files([path], set_id="stargate")
    assert (only.attempts, only.students[0].score) == (1, 0.0)
    assert only.sets == {"other": "other", "stargate": "stargate"}  # to choose from


@settings(max_examples=40, deadline=None)
@given(order=st.lists(st.sampled_from([0, 1, 2]), min_size=3, max_size=8))
def test_order_and_repeats_of_files_do_not_change_the_result(
    three: list[Path], order: list[int]
) -> None:
    read, _ = read_results_files(three)
    if set(order) != {0, 1, 2}:
        order = [*order, 0, 1, 2]
    merged = merge([read[index] for index in order])
    expected = merge(read)
    assert _summary(merged) == _summary(expected)
    assert merged.questions == expected.questions and merged.confusion == expected.confusion
    attempts_in_file = [1, 1, 2]  # Chloé's file holds two
    extra_copies = [(order.count(index) - 1) * attempts_in_file[index] for index in range(3)]
    assert merged.duplicates == sum(extra_copies)


def _tables(text: str, delimiter: str) -> list[list[list[str]]]:
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    tables: list[list[list[str]]] = [[]]
    for row in rows:
        if row:
            tables[-1].append(row)
        else:
            tables.append([])
    return tables


@pytest.mark.parametrize(("delimiter", "point"), [(",", "."), (";", ",")])
def test_class_csv_holds_the_four_tables(
    three: list[Path], tmp_path: Path, delimiter: str, point: str
) -> None:
    path = write_class_csv(tmp_path / "class.csv", merge_files(three), delimiter)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    students, questions, matrix, skills = _tables(raw.decode("utf-8-sig"), delimiter)
    assert students[0][:7] == [
        "student", "files", "attempts", "answers", "points_earned", "points_possible", "score",
    ]  # fmt: skip
    truths = ["named", "anonymous", "vague", "fact"]  # no claim was the outlet's own
    assert students[0][7:] == [f"accuracy_{label}" for label in truths]
    assert students[1][:4] == ["Alice Martin", "alice.csv", "1", "2"]
    assert students[1][6] == f"0{point}835"
    assert students[1][7:] == ["1", "0", "", "1"]  # she met no vague claim: an empty cell
    assert questions[0][-1] == "prompt"  # empty: these files were written without prompts
    assert [row[:-1] for row in questions[1:]] == [
        ["stargate", "tf", "1", "1", "0", "0", "0"],
        ["stargate", "labels", "3", "3", "1", f"0{point}3333", f"0{point}6667"],
        ["stargate", "who", "3", "4", "3", f"0{point}75", f"0{point}75"],
    ]
    assert all(row[-1] == "" for row in questions[1:])
    assert matrix[0] == ["true_label \\ chosen_label", *merge_files(three).label_ids, "no_label"]
    assert matrix[3] == ["vague", "0", "0", "0", "0", "0", "1"]
    assert skills[0] == [
        "set_id", "tag", "name", "answers", "points_earned", "points_possible", "share",
    ]  # fmt: skip
    assert {row[1] for row in skills[1:]} == {"attribution", "sourcing"}
    assert all(row[2] == row[1] for row in skills[1:])  # no file named them: the id


def test_class_csv_guards_names_a_spreadsheet_would_run(tmp_path: Path) -> None:
    path = student_export(tmp_path, "x.csv", "=HYPERLINK(1)", [[choice("who", 0, True)]])
    rows = list(csv.reader(io.StringIO(class_csv(merge_files([path])))))
    assert rows[1][0] == "'=HYPERLINK(1)"
    with pytest.raises(ValueError):
        class_csv(merge_files([path]), "\t")


def test_no_files_gives_an_empty_class() -> None:
    results = merge_files([])
    assert (results.students, results.questions, results.matrix()) == ([], [], [])
    assert _tables(class_csv(results), ",")[2] == [["true_label \\ chosen_label", "no_label"]]


def test_classify_answers_of_a_teacher_label_come_after_the_five(tmp_path: Path) -> None:
    answer = classify("labels", 0, [("rumour", "vague"), ("named", "rumour")])
    path = student_export(tmp_path, "r.json", "Rita", [[answer]])
    assert merge_files([path]).label_ids == ["named", "vague", "rumour"]
