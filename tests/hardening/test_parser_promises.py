"""Class 7: the parsers keep the format's promises: JSON duplicate keys are refused as YAML's
are, a huge integer is a located error, an unreadable folder is a message, UTF-32 is named,
and YAML merge keys are said to be unsupported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizapp.cli.main import main
from quizapp.interchange.convert import import_file
from quizapp.sets.errors import LoadError
from quizapp.sets.loader import load_set

SET = {
    "schema_version": 1,
    "id": "s",
    "title": "T",
    "language": "fr",
    "questions": [{"id": "q", "type": "true_false", "prompt": "P", "answer": True}],
}
YAML_SET = (
    "schema_version: 1\nid: s\ntitle: T\nlanguage: fr\nquestions:\n"
    "  - id: q\n    type: true_false\n    prompt: P\n    answer: true\n"
)


def _error(path: Path) -> str:
    with pytest.raises(LoadError) as caught:
        load_set(path)
    return str(caught.value)


def test_a_json_key_given_twice_is_refused_where_it_stands(tmp_path: Path) -> None:
    path = tmp_path / "dup.quiz.json"
    text = json.dumps(SET, indent=1).replace('"answer": true', '"answer": true, "answer": false')
    path.write_text(text, encoding="utf-8")
    message = _error(path)
    assert "'answer' appears twice" in message
    line = next(n for n, row in enumerate(text.splitlines(), 1) if '"answer"' in row)
    assert f"{path}:{line}:" in message


@pytest.mark.parametrize("suffix", [".quiz.json", ".quiz.yaml"])
def test_a_5000_digit_integer_is_a_located_error(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"big{suffix}"
    if suffix.endswith("json"):
        text = json.dumps(SET, indent=1).replace('"answer": true', '"points": ' + "7" * 5000)
    else:
        text = YAML_SET.replace("answer: true", "answer: true\n    points: " + "7" * 5000)
    path.write_text(text, encoding="utf-8")
    message = _error(path)
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "7777" in row)
    assert f"{path}:{line}:" in message and "internal error" not in message


def test_validate_on_an_unreadable_folder_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()

    def refuse(self: Path):  # root reads any folder: the refusal is simulated
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "iterdir", refuse)
    assert main(["validate", str(folder)]) == 1
    said = capsys.readouterr().err
    assert f"{folder}:1:1: cannot read the folder: Permission denied" in said
    assert "internal error" not in said


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-be", "utf-32-le"])
def test_a_utf32_set_is_refused_by_its_name(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "set.quiz.yaml"
    bom = {"utf-32": b"", "utf-32-be": b"\x00\x00\xfe\xff", "utf-32-le": b"\xff\xfe\x00\x00"}
    path.write_bytes(bom[encoding] + YAML_SET.encode(encoding))
    assert "saved as UTF-32" in _error(path)


def test_a_utf32_import_is_read(tmp_path: Path) -> None:
    path = tmp_path / "bank.gift"
    path.write_bytes("::q::Vrai ?{T}\n".encode("utf-32"))
    assert import_file(path).quizset.questions[0].prompt == "Vrai ?"


def test_a_yaml_merge_key_gets_its_own_message(tmp_path: Path) -> None:
    path = tmp_path / "merge.quiz.yaml"
    text = YAML_SET.replace(
        "questions:\n  - id: q\n    type: true_false\n    prompt: P\n    answer: true\n",
        "questions:\n  - &base\n    id: q\n    type: true_false\n    prompt: P\n    answer: true\n"
        "  - <<: *base\n    id: r\n",
    )
    path.write_text(text, encoding="utf-8")
    message = _error(path)
    assert f"{path}:11:5:" in message and "merge keys ('<<') are not supported" in message
