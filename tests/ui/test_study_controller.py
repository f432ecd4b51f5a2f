"""The study controller: answers committed one by one, sessions rebuilt from open attempts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from quizapp.engine import QuizSession, State
from quizapp.engine.keys import correct_response, wrong_response
from quizapp.model import QuizSet
from quizapp.results.database import ResultsDB
from quizapp.ui.study.controller import StudyController, set_content_hash

START = dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))


class Clock:
    """A clock that moves one minute each time it is read."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(minutes=1)
        return self.now


@pytest.fixture
def db(tmp_path: Path) -> ResultsDB:
    opened, notice = ResultsDB.open(tmp_path / "results.db", START)
    assert notice is None
    yield opened
    opened.close()


def _answer(study: StudyController, session: QuizSession, right: bool, **extra) -> None:
    question = session.current.question
    make = correct_response if right else wrong_response
    session.answer(make(question, session.quiz))
    study.record(question.id, seconds=4.5, **extra)
    if session.state is State.FEEDBACK:
        session.next()


def test_each_answer_is_in_the_database_as_soon_as_it_is_given(
    db: ResultsDB, small_quiz: QuizSet, tmp_path: Path
) -> None:
    study = StudyController(db, Clock())
    session = QuizSession(small_quiz, seed=11)
    attempt = study.begin(session, "hash-1", "quiz", subset=False)
    _answer(study, session, right=True, confidence="sure")
    _answer(study, session, right=False, confidence="unsure")
    with ResultsDB.open_reader(db.path) as reader:  # another connection sees both answers
        stored = reader.attempt_with_answers(attempt.id)
    shown = [presented.question.id for presented in session.presented()]
    assert [a.question_id for a in stored.answers] == shown[:2]
    assert [a.right for a in stored.answers] == [True, False]
    assert stored.answers[0].seconds == 4.5 and stored.answers[1].confidence == "unsure"
    assert stored.attempt.status == "open" and stored.attempt.plan["seed"] == 11


def test_classify_answers_keep_their_tags_and_label_pairs(db: ResultsDB, small_quiz) -> None:
    study = StudyController(db, Clock())
    session = QuizSession(small_quiz, seed=1)
    attempt = study.begin(session, "h", "quiz", subset=False)
    while session.current.question.id != "labels":
        _answer(study, session, right=True)
    _answer(study, session, right=False)
    answer = db.attempt_with_answers(attempt.id).answers[-1]
    assert answer.tags == ("sourcing",)
    assert [pair.true_label for pair in answer.items] == ["anonymous", "vague", "named", "fact"]
    assert not any(pair.right for pair in answer.items)


def test_an_open_attempt_resumes_at_the_question_where_it_stopped(
    db: ResultsDB, small_quiz: QuizSet
) -> None:
    first = StudyController(db, Clock())
    session = QuizSession(small_quiz, seed=5)
    first.begin(session, "h", "quiz", subset=False)
    for right in (True, False, True):
        _answer(first, session, right)
    waiting_at = session.current.question.id
    (stored,) = db.interrupted_attempts()
    again = StudyController(db, Clock())
    resumed = again.resume(small_quiz, stored)
    assert resumed.current.question.id == waiting_at
    assert resumed.answered_count == 3
    assert resumed.results().missed == session.results().missed
    while resumed.state is not State.FINISHED:
        _answer(again, resumed, right=True)
    finished = again.finish()
    assert finished.status == "finished" and finished.answered == len(small_quiz.questions)
    assert db.interrupted_attempts() == []


def test_calibration_of_an_attempt_counts_sure_answers_right(db: ResultsDB, small_quiz) -> None:
    study = StudyController(db, Clock())
    session = QuizSession(small_quiz, seed=2)
    attempt = study.begin(session, "h", "quiz", subset=False)
    for right, confidence in ((True, "sure"), (False, "sure"), (True, "sure"), (False, "unsure")):
        _answer(study, session, right, confidence=confidence)
    calibration = study.calibration(attempt.id)
    assert (calibration.sure, calibration.sure_right) == (3, 2)
    assert (calibration.unsure, calibration.unsure_right) == (1, 0)


def test_abandoning_keeps_answers_and_stops_the_offer(db: ResultsDB, small_quiz) -> None:
    study = StudyController(db, Clock())
    session = QuizSession(small_quiz, seed=2)
    attempt = study.begin(session, "h", "review", subset=True)
    _answer(study, session, right=False)
    study.abandon(attempt.id)
    assert db.interrupted_attempts() == []
    assert db.attempt_with_answers(attempt.id).attempt.answered == 1
    assert study.attempt_id is None


def test_recording_an_unanswered_question_is_refused(db: ResultsDB, small_quiz) -> None:
    study = StudyController(db, Clock())
    with pytest.raises(RuntimeError):
        study.record("who", 1.0)
    study.begin(QuizSession(small_quiz, seed=2), "h", "quiz", subset=False)
    with pytest.raises(ValueError):
        study.record("who", 1.0)


def test_set_hash_follows_the_file_content(tmp_path: Path, small_quiz: QuizSet) -> None:
    path = tmp_path / "set.quiz.yaml"
    path.write_text("one", encoding="utf-8")
    first = set_content_hash(small_quiz, path)
    path.write_text("two", encoding="utf-8")
    assert set_content_hash(small_quiz, path) != first
    no_file = set_content_hash(small_quiz, tmp_path / "gone.yaml")
    assert no_file == set_content_hash(small_quiz, None) != first
