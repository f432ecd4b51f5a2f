"""Class 4: text from a file that reaches a terminal, a comment or a file name goes through one
escaping function (``quizapp.model.wording.printable``), and the imported set's header is
written by the YAML writer, never glued on as text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from quizapp.model.wording import printable
from quizapp.sets.loader import load_set

ESC = "\x1b"


def _run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "quizapp", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=cwd,
        env={"LANG": "en_US.UTF-8", "PATH": "/usr/bin:/bin"},
    )


def test_printable_shows_control_characters_and_keeps_ordinary_text() -> None:
    assert printable("a\nb\x1b[2J\u202etxt.exe\x00") == "a\\x0ab\\x1b[2J\\x202etxt.exe\\x00"
    assert printable("Élodie « cite » 1\u00a0000 — ok") == "Élodie « cite » 1\u00a0000 — ok"


def test_a_question_name_cannot_inject_yaml_nor_drive_the_terminal(tmp_path: Path) -> None:
    gift = tmp_path / "bank.gift"
    gift.write_text(
        "::Evil" + ESC + "[2J\\nsettings\\: {feedback\\: end}::Write an essay{}\n\n"
        "::Fine::Is it true?{T}\n",
        encoding="utf-8",
    )
    output = tmp_path / "out.quiz.yaml"
    done = _run("import", gift, "-o", output, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert ESC not in done.stdout + done.stderr
    written = output.read_text(encoding="utf-8")
    assert ESC not in written
    header = written.split("schema_version:")[0]
    assert all(line.startswith("#") for line in header.splitlines())
    quiz = load_set(output)
    assert quiz.settings.feedback == "immediate"  # nothing injected into the set
    assert _run("validate", output, cwd=tmp_path).returncode == 0


def test_a_file_name_cannot_fake_an_ok_line(tmp_path: Path) -> None:
    name = "bad\nother.quiz.yaml: ok (1 question)" + ESC + "[0m.quiz.yaml"
    (tmp_path / name).write_text("schema_version: 1\n", encoding="utf-8")
    done = _run("validate", name, cwd=tmp_path)
    assert done.returncode == 1 and ESC not in done.stderr + done.stdout
    assert not any(line.endswith(": ok (1 question)") for line in done.stderr.splitlines())
    assert "bad\\x0aother" in done.stderr


def test_merge_messages_show_hostile_names_and_ids_as_codes(tmp_path: Path) -> None:
    import json

    from quizapp.results.handin.class_results import merge_files
    from tests.hardening.conftest import answer_record, attempt_record, results_file

    first = tmp_path / "alice.json"
    first.write_text(json.dumps(results_file("A", [attempt_record("u1", "A", [answer_record()])])))
    evil = tmp_path / ("b" + ESC + "[2J\n.json")
    stolen = attempt_record("u1", "B", [answer_record(earned=0.0)], set_hash="h2" + ESC)
    evil.write_text(json.dumps(results_file("B", [stolen])))
    results = merge_files([first, evil])
    said = "\n".join(results.warnings + results.versions)
    assert "conflict" in said and ESC not in said and "\\x1b" in said
