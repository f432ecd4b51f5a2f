"""A class merge's refusals and skip reasons are said in the user's language."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from quizapp.cli.results import said
from quizapp.results.export import CSV_COLUMNS
from quizapp.results.handin.class_results import merge_files
from quizapp.sets import catalog


@pytest.fixture
def french() -> Iterator[None]:
    catalog.set_language("fr")
    yield
    catalog.set_language("en")


def _said_lines(paths: list[Path]) -> list[str]:
    results = merge_files(paths)
    return [said(line) for line in [*results.problems, *results.warnings]]


def test_refused_files_are_said_in_french(french: None, tmp_path: Path) -> None:
    columns = tmp_path / "columns.csv"
    columns.write_text("format_version,student_name\n1,Ana\n", encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": ', encoding="utf-8")
    paths = [columns, broken]
    if sys.platform != "win32":
        os.mkfifo(tmp_path / "pipe.csv")
        paths.append(tmp_path / "pipe.csv")
    lines = _said_lines(paths)
    assert any("colonne(s) manquante(s) : attempt_uid" in line for line in lines), lines
    assert any("JSON invalide" in line for line in lines), lines
    if sys.platform != "win32":
        assert any("pas un fichier ordinaire" in line for line in lines), lines


def test_skipped_rows_are_said_in_french_and_in_english(tmp_path: Path) -> None:
    good = {column: "" for column in CSV_COLUMNS}
    good.update(format_version="1", attempt_uid="u1", set_id="s", set_title="S",
                set_hash="h", mode="quiz", status="finished",
                started_at="2026-03-02T09:00:00+00:00", attempt_score="1", question_id="q1",
                position="0", score="1", points_earned="1", points_possible="1",
                answered_at="2026-03-02T09:00:05+00:00", response="1")  # fmt: skip
    short = "1,Ana,u2"
    text = ",".join(CSV_COLUMNS) + "\n" + ",".join(good[c] for c in CSV_COLUMNS) + "\n" + short
    path = tmp_path / "ana.csv"
    path.write_text(text + "\n", encoding="utf-8")
    english = _said_lines([path])
    assert any("does not have one cell per column (attempt u2 skipped)" in x for x in english)
    catalog.set_language("fr")
    try:
        french = _said_lines([path])
    finally:
        catalog.set_language("en")
    assert any("une cellule par colonne (tentative u2 laissée de côté)" in x for x in french)
