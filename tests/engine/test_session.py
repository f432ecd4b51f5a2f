"""The session state machine: order, shuffling, feedback modes, rebuilding from stored answers."""

from __future__ import annotations

import json
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizapp.engine import (
    ChoiceResponse,
    ClassifyResponse,
    LocateResponse,
    MatchResponse,
    QuizSession,
    SessionError,
    State,
    TrueFalseResponse,
    pinned_shuffle,
    response_from_json,
    response_to_json,
)
from quizapp.engine.keys import correct_response
from quizapp.model import QuizSet


def _set_with(data: dict, **settings) -> QuizSet:
    data["settings"] = {**data["settings"], **settings}
    return QuizSet.model_validate(data)


def test_immediate_mode_shows_feedback_then_moves_on(small_quiz: QuizSet) -> None:
    session = QuizSession(small_quiz, seed=1)
    first = session.current.question
    verdict = session.answer(correct_response(first, small_quiz))
    assert verdict is not None and verdict.correct
    assert session.state is State.FEEDBACK
    with pytest.raises(SessionError):
        session.answer(correct_response(first, small_quiz))
    session.next()
    assert session.state is State.ANSWERING
    assert session.current.position == 1


def test_exam_mode_reveals_nothing_until_the_end(small_data: dict) -> None:
    quiz = _set_with(small_data, feedback="end")
    session = QuizSession(quiz, seed=1)
    for _ in range(session.total):
        assert session.answer(correct_response(session.current.question, quiz)) is None
        assert session.state in (State.ANSWERING, State.FINISHED)
    assert session.state is State.FINISHED
    assert session.results().score == 1.0
    with pytest.raises(SessionError):
        session.current  # noqa: B018


def test_unshuffled_set_keeps_file_order(small_quiz: QuizSet) -> None:
    session = QuizSession(small_quiz, seed=5)
    assert [p.question.id for p in session.presented()] == [q.id for q in small_quiz.questions]
    assert session.presented()[0].option_order == (0, 1, 2)


def test_same_seed_same_order_and_pins_stay(small_data: dict) -> None:
    quiz = _set_with(small_data, shuffle_questions=True, shuffle_options=True)
    orders = set()
    for seed in range(30):
        first = QuizSession(quiz, seed=seed).presented()
        again = QuizSession(quiz, seed=seed).presented()
        assert first == again
        who = next(p for p in first if p.question.id == "who")
        assert who.option_order[2] == 2  # "Je ne sais pas" is pinned last
        orders.add(tuple(p.question.id for p in first))
    assert len(orders) > 1


@given(st.lists(st.booleans(), max_size=12), st.integers(0, 10_000))
def test_pinned_shuffle_is_a_permutation_keeping_pins(pins: list[bool], seed: int) -> None:
    order = pinned_shuffle(pins, random.Random(seed))
    assert sorted(order) == list(range(len(pins)))
    assert all(order[i] == i for i, pinned in enumerate(pins) if pinned)


RESPONSES = [
    ChoiceResponse(frozenset({2, 0})),
    ChoiceResponse(),
    TrueFalseResponse(False),
    TrueFalseResponse(None),
    ClassifyResponse(("named", None)),
    MatchResponse(("A", None, "B")),
    LocateResponse((3, 9)),
    LocateResponse(None),
]


@pytest.mark.parametrize("response", RESPONSES)
def test_responses_round_trip_through_json(response) -> None:
    stored = json.loads(json.dumps(response_to_json(response)))
    assert response_from_json(stored) == response


@pytest.mark.parametrize(
    "bad",
    [
        None,
        {},
        {"type": "nope"},
        {"type": "choice"},
        {"type": "choice", "picked": ["x"]},
        {"type": "true_false", "value": "yes"},
        {"type": "locate", "span": [5, 2]},
        {"type": "classify", "labels": "named"},
    ],
)
def test_malformed_stored_responses_are_refused(bad) -> None:
    with pytest.raises(ValueError):
        response_from_json(bad)


def test_session_rebuilt_from_seed_and_answers(small_data: dict) -> None:
    quiz = _set_with(small_data, shuffle_questions=True)
    session = QuizSession(quiz)
    for _ in range(3):
        session.answer(correct_response(session.current.question, quiz))
        session.next()
    stored = json.loads(json.dumps(session.to_json()))
    rebuilt = QuizSession.from_json(quiz, stored)
    assert rebuilt.seed == session.seed
    assert rebuilt.presented() == session.presented()
    assert rebuilt.current == session.current
    assert rebuilt.answered_count == 3
    assert rebuilt.results() == session.results()


def test_stored_answers_of_another_set_are_refused(small_quiz: QuizSet) -> None:
    with pytest.raises(ValueError, match="belong to set"):
        QuizSession.from_json(small_quiz, {"set_id": "other", "seed": 1, "answers": {}})
