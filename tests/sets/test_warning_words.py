"""The editor shows an item-writing warning in words: the same catalogue sentence as
``quizapp validate`` (one source of truth, both languages), without the "warning W11 [id]:"
lead that names the code and the question; the code stays with the problem for a tooltip."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.sets import catalog
from quizapp.sets.checking import check_text
from quizapp.sets.editing.check_server import answer, from_rows
from quizapp.sets.editing.live_check import check_set
from quizapp.sets.editing.writer import set_text
from tests.conftest import small_set_data


@pytest.fixture(params=["en", "fr"])
def language(request):
    catalog.set_language(request.param)
    yield request.param
    catalog.set_language("en")


def _set_without_explanation() -> dict:
    data = small_set_data()
    data["questions"][0].pop("explanation", None)
    return data


def test_a_warning_in_the_editor_is_the_validators_sentence_without_its_lead(
    tmp_path: Path, language: str
) -> None:
    data = _set_without_explanation()
    path = tmp_path / "s.quiz.yaml"
    validated = check_text(set_text(data), path, images=False).warnings
    shown = [p for p in check_set(data, path, images=False) if p.warning]
    assert {p.code for p in shown} == {w.code for w in validated} and "W11" in {
        p.code for p in shown
    }
    for problem in shown:
        (same,) = [w for w in validated if w.code == problem.code and w.loc == problem.path]
        assert problem.code not in problem.message and "[" not in problem.message[:3]
        assert same.message.endswith(problem.message[1:]), "the validator's own words"
        assert problem.message[0].isupper()
    lead = {"en": "warning W11 [", "fr": "avertissement W11 ["}[language]
    assert any(w.message.startswith(lead) for w in validated), "validate keeps its lead"


def test_the_check_process_keeps_the_code_apart(tmp_path: Path) -> None:
    request = {
        "data": _set_without_explanation(),
        "path": str(tmp_path / "s.quiz.yaml"),
        "images": False,
        "language": "fr",
    }
    try:
        problems = from_rows(answer(request))
    finally:
        catalog.set_language("en")
    no_explanation = [p for p in problems if p.code == "W11"]
    assert no_explanation and all(p.message.startswith("Pas d’explication") for p in no_explanation)


def test_the_words_are_kept_apart_not_read_back_out_of_the_message(tmp_path: Path) -> None:
    """ui37: code, question id and words are fields made with the warning; a message worded
    otherwise (another lead, a translation) leaves them as they are."""
    from dataclasses import replace

    path = tmp_path / "s.quiz.yaml"
    warnings = check_text(set_text(_set_without_explanation()), path, images=False).warnings
    (first, *_) = [w for w in warnings if w.code == "W11"]
    assert (
        first.message
        == f"warning W11 [{first.question_id}]: " + first.words[:1].lower() + first.words[1:]
    )
    moved = replace(first, message=f"[{first.question_id}] W11 — {first.words}")
    assert moved.words == first.words and moved.words.startswith("No explanation")
