"""Class 5: a class merge survives bad and hostile files. Every record is checked; a bad one is
named and skipped while the rest merges; an attempt id reused with other content is a conflict
kept apart; attempts on several versions of a set are reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizapp.results.export import export_csv
from quizapp.results.handin.class_results import merge_files
from quizapp.results.handin.reading import parse_json
from tests.hardening.conftest import answer_record, attempt_record, results_file


def _json(folder: Path, name: str, student: str, attempts: list[dict]) -> Path:
    path = folder / name
    path.write_text(json.dumps(results_file(student, attempts)), encoding="utf-8")
    return path


def _csv(folder: Path, name: str, student: str, attempts: list[dict]) -> Path:
    content = parse_json(json.dumps(results_file(student, attempts)))
    path = folder / name
    path.write_text(export_csv(content.attempts, student), encoding="utf-8")
    return path


def _good(uid: str, name: str) -> dict:
    return attempt_record(uid, name, [answer_record("who", 0), answer_record("why", 1, 0.0)])


def test_an_infinite_or_excessive_score_is_skipped_and_the_rest_merges(tmp_path: Path) -> None:
    bad_points = attempt_record("u2", "Alice", [answer_record("who", 0, 2.0)])  # 2 of 1 point
    attempts = [_good("u1", "Alice"), bad_points, _good("u5", "Alice")]
    path = _json(tmp_path, "alice.json", "Alice", attempts)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"points_possible": 1.0', '"points_possible": 1e309', 1))
    other = _json(tmp_path, "bruno.json", "Bruno", [_good("u3", "Bruno")])
    results = merge_files([path, other])
    assert results.attempts == 2  # u1 (infinite points) and u2 (2 of 1) are skipped
    assert {row.name for row in results.students} == {"Alice", "Bruno"}
    assert all(0 <= (row.score or 0) <= 1 for row in results.students)
    assert sum("skipped" in line for line in results.warnings) == 2
    assert not results.problems


def test_an_unknown_field_skips_its_attempt_only(tmp_path: Path) -> None:
    odd = _good("u2", "Alice") | {"mood": "happy"}
    results = merge_files([_json(tmp_path, "alice.json", "Alice", [_good("u1", "Alice"), odd])])
    assert results.attempts == 1 and any("mood" in line for line in results.warnings)


def test_a_truncated_csv_keeps_its_complete_attempts(tmp_path: Path) -> None:
    path = _csv(tmp_path, "alice.csv", "Alice", [_good("u1", "Alice"), _good("u2", "Alice")])
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: len(text) - 40], encoding="utf-8")  # the last row cut short
    results = merge_files([path])
    assert results.attempts == 1 and results.files_read == 1
    assert any("u2" in line for line in results.warnings)


def test_an_unbalanced_quote_or_a_deep_response_is_reported_not_fatal(tmp_path: Path) -> None:
    quoted = _csv(tmp_path, "alice.csv", "Alice", [_good("u1", "Alice")])
    text = quoted.read_text(encoding="utf-8")
    quoted.write_text(text.replace(",Musk et Stargate,", ',"Musk et Stargate,', 1))
    deep = _csv(tmp_path, "bruno.csv", "Bruno", [_good("u2", "Bruno"), _good("u3", "Bruno")])
    lines = deep.read_text(encoding="utf-8").split("\n")
    lines[1] = lines[1].replace('"{""choice"": 0}"', "[" * 50_000 + "]" * 50_000)
    deep.write_text("\n".join(lines), encoding="utf-8")
    chloe = _json(tmp_path, "chloe.json", "Chloé", [_good("u4", "Chloé")])
    results = merge_files([quoted, deep, chloe])
    assert {row.name for row in results.students} == {"Bruno", "Chloé"}
    assert results.attempts == 2  # u3 and u4; u1 and u2 are named, not merged
    assert any("alice.csv" in line for line in results.problems)
    assert any("u2" in line and "nested" in line for line in results.warnings)


def test_an_attempt_id_reused_by_another_student_is_a_conflict_kept_apart(tmp_path: Path) -> None:
    alice = _json(tmp_path, "alice.json", "Alice", [_good("same-uid", "Alice")])
    stolen = attempt_record("same-uid", "Bruno", [answer_record("who", 0, 0.0)])
    bruno = _json(tmp_path, "bruno.json", "Bruno", [stolen])
    results = merge_files([alice, bruno])
    assert {row.name for row in results.students} == {"Alice", "Bruno"}
    assert results.attempts == 2 and results.duplicates == 0
    assert any("same-uid" in line and "conflict" in line for line in results.warnings)


def test_the_same_attempt_handed_in_twice_still_counts_once(tmp_path: Path) -> None:
    first = _json(tmp_path, "a.json", "Alice", [_good("u1", "Alice")])
    second = _csv(tmp_path, "a.csv", "Alice", [_good("u1", "Alice")])
    results = merge_files([first, second])
    assert results.attempts == 1 and results.duplicates == 1
    assert not results.warnings and not results.versions


def test_attempts_on_two_versions_of_a_set_are_reported(tmp_path: Path) -> None:
    old = attempt_record("u1", "Alice", [answer_record()], set_hash="aaaa1111")
    new = attempt_record("u2", "Bruno", [answer_record()], set_hash="bbbb2222")
    files = [_json(tmp_path, "a.json", "Alice", [old]), _json(tmp_path, "b.json", "Bruno", [new])]
    results = merge_files(files)
    assert results.attempts == 2
    assert any("stargate" in line and "2 versions" in line for line in results.versions)


def test_conflicts_and_versions_are_said_in_french(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from quizapp.cli.main import main
    from quizapp.sets import catalog

    alice = _json(tmp_path, "alice.json", "Alice", [_good("same-uid", "Alice")])
    stolen = attempt_record("same-uid", "Bruno", [answer_record()], set_hash="other")
    bruno = _json(tmp_path, "bruno.json", "Bruno", [stolen])
    catalog.set_language("fr")
    try:
        assert (
            main(["results", "merge", str(alice), str(bruno), "-o", str(tmp_path / "c.csv")]) == 1
        )
    finally:
        catalog.set_language("en")
    said = capsys.readouterr().err
    assert "conflit : alice.json et bruno.json" in said and "versions de l’ensemble" in said
