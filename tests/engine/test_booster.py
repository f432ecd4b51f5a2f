"""Sessions over part of a set: review of mistakes, boosters across sets, plans that resume."""

from __future__ import annotations

from typing import Any

import pytest

from quizapp.engine import QuizSession, State
from quizapp.engine.keys import correct_response, wrong_response
from quizapp.engine.subsets import booster_plan, question_subset, resume_session, session_plan
from quizapp.model import QuizSet


def _other_set(data: dict[str, Any]) -> QuizSet:
    data = dict(data, id="other-set", title="Autre")
    return QuizSet.model_validate(data)


def test_subset_keeps_the_set_order_and_forces_immediate_feedback(small_data: dict) -> None:
    small_data["settings"]["feedback"] = "end"
    quiz = QuizSet.model_validate(small_data)
    cut = question_subset(quiz, ["where", "who", "gone"])
    assert cut is not None
    assert [q.id for q in cut.questions] == ["who", "where"]
    assert cut.settings.feedback == "immediate"
    assert cut.total_points == 2.0
    assert cut.article == quiz.article and cut.id == quiz.id
    assert question_subset(quiz, ["gone"]) is None


def test_booster_plan_groups_due_questions_by_set_oldest_first(small_data: dict) -> None:
    first = QuizSet.model_validate(small_data)
    second = _other_set(small_data)
    due = [("other-set", "tf"), ("small-set", "who"), ("other-set", "pairs"), ("closed", "x")]
    plan = booster_plan(due, {"small-set": first, "other-set": second})
    assert [part.id for part in plan.parts] == ["other-set", "small-set"]
    assert [[q.id for q in part.questions] for part in plan.parts] == [["tf", "pairs"], ["who"]]
    assert plan.unavailable == 1 and plan.question_count == 3


def test_a_plan_rebuilds_a_cut_session_at_the_first_unanswered_question(small_quiz) -> None:
    cut = question_subset(small_quiz, ["tf", "labels", "pairs"])
    assert cut is not None
    session = QuizSession(cut, seed=7)
    stored = []
    for _ in range(2):
        question = session.current.question
        session.answer(wrong_response(question, cut))
        stored.append((question.id, session.response_for(question.id).to_json()))
        session.next()
    plan = session_plan(session, subset=True)
    again = resume_session(small_quiz, plan, stored)
    assert again.total == 3 and again.answered_count == 2
    assert again.current.question.id == session.current.question.id
    assert again.state is State.ANSWERING
    assert again.results().missed == session.results().missed


def test_a_plan_refuses_answers_the_set_no_longer_fits(small_quiz) -> None:
    session = QuizSession(small_quiz, seed=3)
    question = session.current.question
    session.answer(correct_response(question, small_quiz))
    plan = session_plan(session, subset=False)
    assert plan["questions"] is None
    with pytest.raises(ValueError):
        resume_session(small_quiz, plan, [("vanished", {"type": "choice", "picked": [0]})])
    with pytest.raises(ValueError):
        resume_session(small_quiz, {"questions": None}, [])
    with pytest.raises(ValueError):
        resume_session(small_quiz, {"seed": 1, "questions": ["who", "gone"]}, [])
