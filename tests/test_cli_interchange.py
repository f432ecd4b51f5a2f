"""The import, export and new subcommands: files written, reports printed, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.sets.loader import load_set

DATA = Path(__file__).resolve().parent / "data" / "interchange"


def run(*argv: str) -> int:
    return main(list(argv))


def test_import_writes_a_valid_set_and_prints_the_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "moodle.quiz.yaml"
    assert run("import", str(DATA / "moodle-fixture.gift.txt"), "-o", str(out)) == 0
    printed = capsys.readouterr().out
    assert "6 question(s) imported, 3 skipped" in printed
    assert 'skipped "Q8" (line 2): essay' in printed
    assert len(load_set(out).questions) == 6
    assert out.read_text(encoding="utf-8").startswith("# ")


def test_import_of_a_broken_file_exits_1_with_located_messages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.quiz.yaml"
    assert run("import", str(DATA / "broken.gift"), "-o", str(out)) == 1
    assert "broken.gift:4:48: " in capsys.readouterr().err
    assert not out.exists()


def test_export_then_import_and_refusal_to_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = tmp_path / "t.quiz.yaml"
    assert run("new", str(template)) == 0
    gift = tmp_path / "t.gift"
    assert run("export", str(template), "--to", "gift", "-o", str(gift)) == 0
    assert "not exported find-the-opinion: locate" in capsys.readouterr().out
    assert run("export", str(template), "--to", "gift", "-o", str(gift)) == 1
    assert "already exists" in capsys.readouterr().err
    back = tmp_path / "back.quiz.yaml"
    assert run("import", str(gift), "-o", str(back), "--language", "fr") == 0
    assert len(load_set(back).questions) == 5


def test_new_never_overwrites(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "mine.quiz.yaml"
    path.write_text("mine\n", encoding="utf-8")
    assert run("new", str(path)) == 1
    assert path.read_text(encoding="utf-8") == "mine\n"


def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("export", "set.quiz.yaml", "--to", "pdf", "-o", "x") == 2
    assert "invalid choice: 'pdf'" in capsys.readouterr().err
    assert run("import", "bank.gift") == 2  # -o is required


def test_import_marks_the_set_with_the_bank_language_as_the_window_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """mend55g: the command wrote ``language: en`` for a French bank, where File > Import…
    reads the bank's words (``clear_language``); a bank that does not say falls back on the
    user's language, and --language still wins."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    out = tmp_path / "teacher.quiz.yaml"
    assert run("import", str(DATA / "teacher.gift"), "-o", str(out)) == 0
    assert load_set(out).language == "fr"
    assert (
        run("import", str(DATA / "teacher.gift"), "-o", str(out), "--force", "--language", "en")
        == 0
    )
    assert load_set(out).language == "en"
