"""Class 3: what a file can make the app hold or print is bounded: its text after aliases, the
tags of a question, and any value a message shows back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from quizapp.model import QuizSet
from quizapp.sets.errors import LoadError
from quizapp.sets.loader import load_set
from tests.conftest import small_set_data


def _yaml(tmp_path: Path, data: object, name: str = "set.quiz.yaml") -> Path:
    path = tmp_path / name
    YAML(typ="safe").dump(data, path)
    return path


def _error(path: Path) -> str:
    with pytest.raises(LoadError) as caught:
        load_set(path)
    return str(caught.value)


def _aliased_set(tmp_path: Path, repeats: int) -> Path:
    """A set of ~110 KB whose one long explanation is reused by alias in every question."""
    long_text = "Une explication longue. " * 4_000  # ~96 KB
    questions = [
        f"  - id: q{i}\n    type: true_false\n    prompt: Vrai ?\n    answer: true\n"
        f"    explanation: {'&long ' + repr(long_text) if i == 0 else '*long'}\n"
        for i in range(repeats)
    ]
    text = "schema_version: 1\nid: bombe\ntitle: T\nlanguage: fr\nquestions:\n" + "".join(questions)
    path = tmp_path / "aliased.quiz.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_small_set_that_expands_past_10_mb_through_aliases_is_refused(tmp_path: Path) -> None:
    path = _aliased_set(tmp_path, 150)  # 150 x 96 KB = 14 MB once written out
    assert path.stat().st_size < 200_000
    assert "expands to more than 10 MB of text" in _error(path)


def test_aliases_that_stay_small_are_still_welcome(tmp_path: Path) -> None:
    quiz = load_set(_aliased_set(tmp_path, 20))  # 2 MB once written out
    assert isinstance(quiz, QuizSet) and len(quiz.questions) == 20


def test_tags_per_question_are_bounded(tmp_path: Path) -> None:
    data = small_set_data()
    data["questions"][0]["tags"] = [f"tag-{i}" for i in range(51)]
    path = tmp_path / "tags.quiz.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    message = _error(path)
    assert "tags" in message and "50" in message
    data["questions"][0]["tags"] = data["questions"][0]["tags"][:50]
    path.write_text(json.dumps(data), encoding="utf-8")
    assert len(load_set(path).questions[0].tags) == 50


def test_a_huge_value_is_shown_shortened_in_its_message(tmp_path: Path) -> None:
    data = small_set_data()
    data["questions"][0]["type"] = "x" * 1_000_000
    data["id"] = "Not A Slug " * 100_000
    path = tmp_path / "huge.quiz.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    message = _error(path)
    lines = message.splitlines()
    assert len(message) < 5_000 and all(len(line) < 2_100 for line in lines)
    assert any("…" in line for line in lines)
