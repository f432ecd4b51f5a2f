"""Whole runs: all right gives 100 %, all wrong gives 0 and a predictable confusion matrix."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from quizapp.engine import ClassifyResponse, QuizSession, Results, State, describe_confusion
from quizapp.engine.keys import correct_response, next_label, wrong_response
from quizapp.model import Classify, QuizSet

BUILTIN = Path(__file__).resolve().parents[2] / "questions" / "stargate-musk.fr.quiz.yaml"


def run_through(quiz: QuizSet, answer_right: bool) -> Results:
    session = QuizSession(quiz, seed=3)
    make = correct_response if answer_right else wrong_response
    while session.state is not State.FINISHED:
        session.answer(make(session.current.question, quiz))
        if session.state is State.FEEDBACK:
            session.next()
    return session.results()


def test_small_set_all_right(small_quiz: QuizSet) -> None:
    results = run_through(small_quiz, answer_right=True)
    assert results.score == 1.0 and results.passed
    assert results.missed == ()
    assert results.biggest_confusion() is None
    assert results.by_tag["attribution"].fraction == 1.0
    assert results.by_label["vague"].fraction == 1.0


def test_small_set_all_wrong_gives_the_expected_matrix(small_quiz: QuizSet) -> None:
    results = run_through(small_quiz, answer_right=False)
    assert results.score == 0.0 and not results.passed
    assert results.missed == ("who", "partners", "tf", "labels", "pairs", "where")
    # labels in order named, anonymous, vague, author, fact; a wrong answer takes the next one
    assert results.confusion_matrix() == [
        [0, 1, 0, 0, 0],  # named taken for anonymous
        [0, 0, 1, 0, 0],  # anonymous taken for vague
        [0, 0, 0, 1, 0],  # vague taken for author
        [0, 0, 0, 0, 0],
        [1, 0, 0, 0, 0],  # fact taken for named (wrapping round)
    ]
    assert results.by_label["named"].fraction == 0.0
    assert results.by_tag["facts"] == results.by_tag["facts"].__class__(0.0, 2.0)


def test_biggest_confusion_in_a_sentence(small_quiz: QuizSet) -> None:
    session = QuizSession(small_quiz, seed=1)
    labels = next(q for q in small_quiz.questions if q.id == "labels")
    for question in small_quiz.questions:
        if question is labels:
            session.answer(ClassifyResponse(("anonymous", "anonymous", "named", "fact")))
        else:
            session.answer(correct_response(question, small_quiz))
        session.next()
    results = session.results()
    confusion = results.biggest_confusion()
    assert (confusion.true_label, confusion.chosen_label, confusion.count) == (
        "vague",
        "anonymous",
        1,
    )
    names = {label.id: label.name.lower() for label in small_quiz.labels}
    assert describe_confusion(confusion, names) == (
        "1 claim from vague group taken for anonymous source"
    )
    assert describe_confusion(confusion, names, "{count}: {true} → {chosen}") == (
        "1: vague group → anonymous source"
    )


def test_unanswered_question_counts_zero(small_quiz: QuizSet) -> None:
    session = QuizSession(small_quiz, seed=1)
    session.answer(correct_response(session.current.question, small_quiz))
    results = session.results()
    assert results.earned == 1.0
    assert results.score == pytest.approx(1 / small_quiz.total_points)


@pytest.fixture
def builtin_quiz() -> QuizSet:
    if not BUILTIN.exists():
        pytest.skip("the built-in set is not written yet")
    return QuizSet.model_validate(YAML(typ="safe").load(BUILTIN.read_text(encoding="utf-8")))


def test_builtin_set_all_right_scores_100(builtin_quiz: QuizSet) -> None:
    results = run_through(builtin_quiz, answer_right=True)
    assert results.score == 1.0 and results.missed == ()


def test_builtin_set_all_wrong_scores_0_with_expected_matrix(builtin_quiz: QuizSet) -> None:
    results = run_through(builtin_quiz, answer_right=False)
    assert results.score == 0.0
    assert len(results.missed) == len(builtin_quiz.questions)
    expected = Counter(
        (item.label, next_label(builtin_quiz, item.label))
        for question in builtin_quiz.questions
        if isinstance(question, Classify)
        for item in question.items
    )
    ids = [label.id for label in builtin_quiz.labels]
    assert results.confusion_matrix() == [
        [expected.get((truth, chosen), 0) for chosen in ids] for truth in ids
    ]
    assert sum(map(sum, results.confusion_matrix())) > 0
