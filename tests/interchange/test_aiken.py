"""Aiken import: lettered options and an ANSWER line, from files teachers typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from interchange_helpers import DATA

from quizapp.interchange.convert import detect_format, import_file
from quizapp.sets.errors import LoadError


def test_teacher_file_with_bom_crlf_and_guillemets() -> None:
    result = import_file(DATA / "teacher-aiken.txt", language="fr")
    assert result.report.file_format == "Aiken"
    first, second = result.quizset.questions
    assert first.id == "quelle-formule-designe-une-source-anonyme"
    assert first.prompt == "Quelle formule désigne une source anonyme ?"
    assert [(o.text, o.correct) for o in first.options] == [
        ("« la ministre, Anne Roy »", False),
        ("« un diplomate européen »", True),
        ("« on dit que »", False),
    ]
    assert second.type == "single_choice"
    assert [o.text for o in second.options if o.correct] == ["Le journal lui-même"]


def test_txt_files_are_told_apart_by_content() -> None:
    aiken = (DATA / "teacher-aiken.txt").read_bytes()
    gift = (DATA / "moodle-fixture.gift.txt").read_bytes()
    assert detect_format(Path("bank.txt"), aiken) == "aiken"
    assert detect_format(Path("bank.txt"), gift) == "gift"


def _aiken(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "bank.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_errors_name_their_lines(tmp_path: Path) -> None:
    text = (
        "Qui parle ?\nA. Le maire\nB. Le préfet\nANSWER: D\n\n"
        "Sans réponse ?\nA. Oui\nB. Non\n\n"
        "Encore ?\nA. Oui\nB. Non\nANSWER: A\n"
    )
    with pytest.raises(LoadError) as caught:
        import_file(_aiken(tmp_path, text))
    problems = [(p.line, p.message) for p in caught.value.problems]
    assert problems == [
        (4, "ANSWER: 'D' is not one of the options (A, B)"),
        (6, "this question has no 'ANSWER: X' line after its options"),
    ]


def test_question_without_answer_line_at_end_of_file(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="no 'ANSWER: X' line"):
        import_file(_aiken(tmp_path, "Qui ?\nA. Lui\nB. Elle\n"), file_format="aiken")


def test_notepad_unicode_and_ansi_files(tmp_path: Path) -> None:
    text = (DATA / "teacher-aiken.txt").read_text(encoding="utf-8-sig")
    utf16 = tmp_path / "unicode.txt"
    utf16.write_bytes(text.encode("utf-16"))
    assert len(import_file(utf16).quizset.questions) == 2
    ansi = tmp_path / "ansi.txt"
    ansi.write_bytes(text.encode("cp1252"))
    with pytest.raises(LoadError, match="not UTF-8 text; save it as UTF-8") as caught:
        import_file(ansi)
    assert caught.value.problems[0].line == 1
