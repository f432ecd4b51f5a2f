"""Live checking: the validator's own messages, each placed at the field it is about."""

from __future__ import annotations

from pathlib import Path

from quizapp.sets.checking import check_text
from quizapp.sets.editing.commands import SetValue
from quizapp.sets.editing.live_check import check_set
from quizapp.sets.editing.new_questions import blank_question
from quizapp.sets.editing.set_draft import SetDraft
from quizapp.sets.editing.writer import set_text
from quizapp.sets.errors import LoadError
from tests.conftest import small_set_data


def load_text(text: str, path: Path):
    """The set ``text`` loads to, through the validator's own path."""
    return check_text(text, path, images=False).quiz


def test_a_valid_set_has_no_error(tmp_path: Path) -> None:
    problems = check_set(small_set_data(), tmp_path / "s.quiz.yaml")
    assert [problem for problem in problems if not problem.warning] == []


def test_item_writing_warnings_come_too(tmp_path: Path) -> None:
    data = small_set_data()
    data["questions"][0].pop("explanation", None)
    problems = check_set(data, tmp_path / "s.quiz.yaml")
    assert problems and all(problem.warning for problem in problems)
    assert 0 in {problem.question for problem in problems}


def test_problems_are_the_validators_at_their_fields(tmp_path: Path) -> None:
    draft = SetDraft(small_set_data())
    draft.apply(SetValue(("questions", 1, "evidence"), ["not in the article"]))
    question = blank_question(draft.data, "single_choice")
    draft.data["questions"].append(question)
    path = tmp_path / "s.quiz.yaml"
    problems = check_set(draft.data, path)
    try:
        load_text(set_text(draft.data), path)
    except LoadError as error:
        expected = sorted(problem.message for problem in error.problems)
    assert sorted(problem.message for problem in problems) == expected
    places = {problem.path for problem in problems}
    last = len(draft.data["questions"]) - 1
    assert ("questions", 1, "evidence", 0) in places
    assert ("questions", last, "prompt") in places
    assert ("questions", last, "options", 0, "text") in places
    assert {problem.question for problem in problems} == {1, last}


def test_a_whole_question_rule_stands_at_the_question(tmp_path: Path) -> None:
    data = small_set_data()
    single = next(i for i, q in enumerate(data["questions"]) if q["type"] == "single_choice")
    for option in data["questions"][single]["options"]:
        option["correct"] = True
    problems = check_set(data, tmp_path / "s.quiz.yaml")
    assert [problem.path for problem in problems] == [("questions", single)]
    assert "exactly one" in problems[0].message
