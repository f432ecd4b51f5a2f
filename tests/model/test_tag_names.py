"""Set-level skill names: optional, closed to unknown fields, and the id when a name is missing."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from quizapp.model import QuizSet, TagName


def _set(**extra: Any) -> dict[str, Any]:
    question = {"id": "q", "type": "true_false", "prompt": "P", "answer": True, "tags": ["a", "b"]}
    return {
        "schema_version": 1,
        "id": "s",
        "title": "T",
        "language": "fr",
        "questions": [question],
        **extra,
    }


def test_tags_are_optional_and_unnamed_tags_show_their_id() -> None:
    quiz = QuizSet.model_validate(_set())
    assert quiz.tags == {}
    assert quiz.tag_name("a") == "a"


def test_a_named_tag_shows_its_name() -> None:
    quiz = QuizSet.model_validate(_set(tags={"a": {"name": "Source anonyme", "description": "D"}}))
    assert quiz.tags["a"] == TagName(name="Source anonyme", description="D")
    assert (quiz.tag_name("a"), quiz.tag_name("b")) == ("Source anonyme", "b")


@pytest.mark.parametrize(
    "tags",
    [
        {"Not A Slug": {"name": "X"}},
        {"a": {"nom": "X"}},
        {"a": {"name": ""}},
        {"a": "Source anonyme"},
    ],
)
def test_bad_tag_entries_are_refused(tags: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        QuizSet.model_validate(_set(tags=tags))


def test_a_set_with_tags_is_frozen() -> None:
    quiz = QuizSet.model_validate(_set(tags={"a": {"name": "N"}}))
    with pytest.raises(ValidationError):
        quiz.tags["a"].name = "other"  # type: ignore[misc]
