"""Exports carry the words people read (prompts, skill names) beside the ids they keep."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from results_helpers import at, choice, open_db

from quizapp.model import SetWords
from quizapp.results.export import CSV_COLUMNS, export_from_db
from quizapp.results.handin.class_results import merge_files
from quizapp.results.handin.class_results_csv import class_csv
from quizapp.results.handin.reading import parse_csv, read_export

WORDS = {
    "stargate": SetWords(
        prompts={"who": "Qui affirme « largement emballé » ?", "tf": "Vrai ou faux ?"},
        tag_names={"anonymous-source": "Sources anonymes"},
    )
}


def _export(tmp_path: Path, name: str, words: dict[str, SetWords] | None) -> Path:
    db = open_db(tmp_path / (name + "-db"))
    db.set_student_name("Alice")
    attempt = db.start_attempt("stargate", "h1", "Musk et Stargate", "quiz", at(2))
    db.record_answer(attempt.id, choice("who", 0, True, ("anonymous-source", "relay")), at(2, 10))
    db.record_answer(attempt.id, choice("tf", 1, False, ("relay",)), at(2, 11))
    db.finish_attempt(attempt.id, at(2, 12))
    fmt = "json" if name.endswith(".json") else "csv"
    path = export_from_db(db, tmp_path / name, fmt, at(3), words=words)  # type: ignore[arg-type]
    db.close()
    return path


def test_json_export_has_prompts_and_skill_names_ids_kept(tmp_path: Path) -> None:
    data = json.loads(_export(tmp_path, "a.json", WORDS).read_text(encoding="utf-8"))
    (attempt,) = data["attempts"]
    assert attempt["tag_names"] == {"anonymous-source": "Sources anonymes"}  # used and named
    first, second = attempt["answers"]
    assert (first["question_id"], first["tags"]) == ("who", ["anonymous-source", "relay"])
    assert first["prompt"] == "Qui affirme « largement emballé » ?"
    assert second["prompt"] == "Vrai ou faux ?"


def test_csv_export_names_tags_beside_the_id_column(tmp_path: Path) -> None:
    text = _export(tmp_path, "a.csv", WORDS).read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert rows[0]["tags"] == "anonymous-source relay"
    assert rows[0]["tag_names"] == "Sources anonymes | relay"
    assert rows[1]["tag_names"] == ""  # none of its tags has a name
    assert rows[0]["prompt"] == "Qui affirme « largement emballé » ?"


@pytest.mark.parametrize("name", ["a.csv", "a.json"])
def test_words_come_back_when_the_file_is_read(tmp_path: Path, name: str) -> None:
    (item,) = read_export(_export(tmp_path, name, WORDS)).attempts
    assert item.words.prompt("who") == "Qui affirme « largement emballé » ?"
    assert item.words.tag_name("anonymous-source") == "Sources anonymes"
    assert item.words.tag_name("relay") == "relay"


def test_a_file_without_words_is_as_before(tmp_path: Path) -> None:
    path = _export(tmp_path, "a.csv", None)
    (item,) = read_export(path).attempts
    assert item.words == SetWords()
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))
    out = io.StringIO()
    csv.writer(out).writerows(row[: len(CSV_COLUMNS) - 2] for row in rows)  # an older file
    assert "prompt" not in out.getvalue().splitlines()[0]
    assert len(parse_csv(out.getvalue()).attempts[0].answers) == 2


def test_class_results_show_the_prompts_the_files_carried(tmp_path: Path) -> None:
    results = merge_files([_export(tmp_path, "a.json", WORDS)])
    assert results.prompt("stargate", "who") == "Qui affirme « largement emballé » ?"
    questions = class_csv(results).split("\r\n\r\n")[1].splitlines()
    assert questions[0].endswith(",prompt")
    assert any(line.endswith("Vrai ou faux ?") for line in questions[1:])


def test_a_long_skill_name_exports_and_reads_back(tmp_path: Path) -> None:
    long_name = "Reconnaître une source anonyme " * 10
    words = {"stargate": SetWords(tag_names={"anonymous-source": long_name})}
    (item,) = read_export(_export(tmp_path, "a.json", words)).attempts
    assert item.words.tag_name("anonymous-source") == long_name


def test_class_csv_names_the_skills_beside_their_ids(tmp_path: Path) -> None:
    results = merge_files([_export(tmp_path, "a.csv", WORDS)])
    skills = class_csv(results).split("\r\n\r\n")[3].splitlines()
    assert skills[0] == "set_id,tag,name,answers,points_earned,points_possible,share"
    assert "stargate,anonymous-source,Sources anonymes,1,1,1,1" in skills
    assert "stargate,relay,relay,2,1,2,0.5" in skills  # no name: the id
