"""``quizapp results merge``: students' real exports in, class.csv out, exit codes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "results"))  # the results test helpers

from class_helpers import class_of_three

from quizapp.cli import main


def run(*argv: str | Path) -> int:
    return main([str(arg) for arg in argv])


@pytest.fixture
def three(tmp_path: Path) -> list[Path]:
    return class_of_three(tmp_path / "hand-ins")


def test_merge_writes_class_csv_with_a_bom(
    three: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "class.csv"
    assert run("results", "merge", *three, "-o", out) == 0
    printed = capsys.readouterr()
    assert "read 3 file(s): 3 student(s), 4 attempt(s), 3 question(s)" in printed.out
    assert printed.err == ""
    text = out.read_bytes().decode("utf-8")
    assert text.startswith("\ufeffstudent,files,attempts,")
    assert "\r\nAlice Martin,alice.csv,1,2,1.67,2,0.835," in text


def test_semicolon_variant_uses_decimal_commas(three: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "classe.csv"
    assert run("results", "merge", *three, "-o", out, "--delimiter", ";") == 0
    text = out.read_bytes().decode("utf-8-sig")
    assert "\r\nAlice Martin;alice.csv;1;2;1,67;2;0,835;" in text


def test_a_bad_file_is_named_the_rest_written_and_exit_is_1(
    three: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "notes.csv"
    bad.write_text("name,grade\r\nAlice,12\r\n", encoding="utf-8")
    out = tmp_path / "class.csv"
    assert run("results", "merge", bad, *three, "-o", out) == 1
    printed = capsys.readouterr()
    assert f"{bad}:1: missing column(s): format_version" in printed.err
    assert "1 file(s) could not be read" in printed.out
    assert out.read_bytes().count(b"\r\n\r\n") == 3  # four tables written


def test_nothing_readable_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "class.csv"
    assert run("results", "merge", tmp_path / "missing.json", "-o", out) == 1
    assert "no results file could be read" in capsys.readouterr().err
    assert not out.exists()


def test_an_existing_output_is_kept_unless_forced(
    three: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "class.csv"
    out.write_text("mine", encoding="utf-8")
    assert run("results", "merge", *three, "-o", out) == 1
    assert "already exists" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "mine"
    assert run("results", "merge", *three, "-o", out, "--force") == 0
    assert out.read_text(encoding="utf-8-sig").startswith("student,")


def test_set_filter_and_usage_errors(three: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "none.csv"
    assert run("results", "merge", *three, "-o", out, "--set", "other") == 0
    assert out.read_text(encoding="utf-8-sig").splitlines()[1] == ""  # no student row
    assert run("results", "merge", *three) == 2  # -o is required
    assert run("results") == 2
    assert run("results", "merge", *three, "-o", out, "--delimiter", "tab") == 2
