"""The committed JSON Schema is the one the code prints, and it checks real files the same way."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.sets.schema import json_schema_text

ROOT = Path(__file__).resolve().parent.parent.parent
COMMITTED = ROOT / "questions" / "quiz.schema.json"


def test_committed_schema_is_up_to_date() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == json_schema_text(), (
        "run: quizapp schema > questions/quiz.schema.json"
    )


def test_schema_command_prints_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "quizapp question set, format version 1"
    assert set(schema["required"]) >= {"schema_version", "id", "title", "language", "questions"}
    question_types = set(schema["$defs"]) & {
        "SingleChoice", "MultipleChoice", "TrueFalse", "Classify", "Match", "Locate",
    }  # fmt: skip
    assert len(question_types) == 6
