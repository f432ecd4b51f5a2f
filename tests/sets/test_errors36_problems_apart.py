"""The loader keeps each problem's place, field and words apart (errors36).

The library's box read the loader's joined text back with two regexes to say a problem in the
editor's words; the loader now hands each problem over with its data path and its message in
the form's words beside the message ``quizapp validate`` prints, which stays as it was.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from quizapp.sets import catalog
from quizapp.sets.errors import LoadError, LocatedProblem
from quizapp.sets.loader import load_set


@pytest.fixture
def french() -> Iterator[None]:
    catalog.set_language("fr")
    yield
    catalog.set_language("en")


def _problems(tmp_path: Path, data: dict[str, Any]) -> list[LocatedProblem]:
    path = tmp_path / "set.quiz.yaml"
    with path.open("w", encoding="utf-8") as stream:
        YAML(typ="safe").dump(data, stream)
    with pytest.raises(LoadError) as raised:
        load_set(path)
    assert str(raised.value) == "\n".join(str(p) for p in raised.value.problems)
    return raised.value.problems


def test_an_empty_outlet_is_said_both_ways(tmp_path: Path, small_data: dict) -> None:
    small_data["article"]["outlet"] = ""
    (problem,) = _problems(tmp_path, small_data)
    assert problem.field == ("article", "outlet")
    assert problem.message == "'News outlet' (outlet) must not be empty"  # validate's words
    assert problem.form_message == "'News outlet' must not be empty"
    assert str(problem) == f"{problem.path}:{problem.line}:{problem.col}: {problem.message}"


def test_the_form_s_words_follow_the_language(
    tmp_path: Path, small_data: dict, french: None
) -> None:
    small_data["article"]["outlet"] = ""
    (problem,) = _problems(tmp_path, small_data)
    assert problem.message == "« Média » (outlet) ne doit pas être vide"
    assert problem.form_message == "« Média » ne doit pas être vide"


def test_a_question_s_field_path_leaves_its_type_out(tmp_path: Path, small_data: dict) -> None:
    small_data["questions"][0]["prompt"] = ""
    (problem,) = _problems(tmp_path, small_data)
    assert problem.field == ("questions", 0, "prompt")  # not ("questions", 0, "single_choice", …)
    assert problem.form_message == "'Question' must not be empty"


def test_a_short_list_the_form_names(tmp_path: Path, small_data: dict) -> None:
    small_data["questions"][0]["options"] = []
    problems = _problems(tmp_path, small_data)
    named = [p for p in problems if p.field == ("questions", 0, "options")]
    assert [p.form_message for p in named] == ["'Answers' needs at least 2 item(s)"]


def test_a_problem_the_form_does_not_name_has_no_form_words(
    tmp_path: Path, small_data: dict
) -> None:
    small_data["questions"][0]["evidence"] = ["« On verra » (sic), a-t-il dit"]
    (problem,) = _problems(tmp_path, small_data)
    assert problem.field == ("questions", 0, "evidence", 0)
    assert problem.form_message == ""
    assert "« On verra » (sic)" in problem.message


def test_a_syntax_error_has_a_place_and_no_field(tmp_path: Path) -> None:
    path = tmp_path / "broken.quiz.yaml"
    path.write_text("title: [unclosed\nid: x\n", encoding="utf-8")
    with pytest.raises(LoadError) as raised:
        load_set(path)
    (problem,) = raised.value.problems
    assert problem.field == () and problem.form_message == ""
    assert problem.line >= 1


def test_the_new_parts_change_neither_order_nor_equality() -> None:
    plain = LocatedProblem("f", 3, 4, "m")
    worded = LocatedProblem("f", 3, 4, "m", field=("article", "outlet"), form_message="words")
    assert plain == worded and hash(plain) == hash(worded)
    assert sorted([LocatedProblem("f", 9, 1, "a", field=("x",)), plain])[0] is plain
