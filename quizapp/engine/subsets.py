"""Sessions over part of a set: "review my mistakes" and Leitner boosters across sets.

A session always runs over one set, because its questions point into that set's article. A
review is the same set cut down to the questions missed last time; a booster across sets is a
list of such cut-down sets, one per set that has questions due, run one after the other. The
cut keeps the teacher's question order and forces immediate feedback: both modes exist to
show the learner why, straight away, not to grade them.

A session's *plan* (the seed and the questions kept) is the JSON the results database stores
with an attempt, so the very same session can be rebuilt when the learner resumes it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from quizapp.engine.responses import response_from_json
from quizapp.engine.session import QuizSession
from quizapp.model import QuizSet

PLAN_VERSION = 1


def question_subset(quiz: QuizSet, question_ids: Iterable[str]) -> QuizSet | None:
    """``quiz`` cut down to the named questions, in the set's own order, feedback immediate.

    Ids that the set no longer holds (a teacher removed the question) are left out; None when
    none is left. A subset of a valid set is valid, so it is copied rather than re-validated.
    """
    wanted = set(question_ids)
    kept = [question for question in quiz.questions if question.id in wanted]
    if not kept:
        return None
    settings = quiz.settings.model_copy(update={"feedback": "immediate"})
    return quiz.model_copy(update={"questions": kept, "settings": settings})


@dataclass(frozen=True)
class BoosterPlan:
    """The booster's parts (one cut-down set each) and how many due questions were left out."""

    parts: tuple[QuizSet, ...]
    unavailable: int  # due questions whose set is not open or no longer has them

    @property
    def question_count(self) -> int:
        return sum(len(part.questions) for part in self.parts)


def booster_plan(due: Sequence[tuple[str, str]], sets: Mapping[str, QuizSet]) -> BoosterPlan:
    """Group due (set id, question id) pairs by set, sets in the order their first one is due.

    ``due`` comes most overdue first, so the set holding the oldest due question runs first.
    """
    grouped: dict[str, list[str]] = {}
    for set_id, question_id in due:
        grouped.setdefault(set_id, []).append(question_id)
    parts: list[QuizSet] = []
    for set_id, question_ids in grouped.items():
        part = question_subset(sets[set_id], question_ids) if set_id in sets else None
        if part is not None:
            parts.append(part)
    found = sum(len(part.questions) for part in parts)
    return BoosterPlan(tuple(parts), len(due) - found)


def session_plan(session: QuizSession, subset: bool) -> dict[str, Any]:
    """What to store with an attempt to rebuild its session: the seed and, for a cut, its ids."""
    questions = [question.id for question in session.quiz.questions] if subset else None
    return {"plan_version": PLAN_VERSION, "seed": session.seed, "questions": questions}


def resume_session(
    quiz: QuizSet, plan: Mapping[str, Any], answers: Iterable[tuple[str, Any]]
) -> QuizSession:
    """Rebuild a stored session at the first question it had not answered.

    ``answers`` are (question id, stored response JSON) pairs. A plan that does not fit the
    set (a question gone, a response of the wrong shape) is a ValueError: the set was edited.
    """
    seed = plan.get("seed")
    if not isinstance(seed, int):
        raise ValueError("the stored plan has no seed")
    questions = plan.get("questions")
    if questions is not None:
        cut = question_subset(quiz, questions)
        if cut is None or len(cut.questions) != len(questions):
            raise ValueError("the set no longer holds every question of this attempt")
        quiz = cut
    known = {question.id for question in quiz.questions}
    responses = {}
    for question_id, raw in answers:
        if question_id not in known:
            raise ValueError(f"the set no longer holds question {question_id!r}")
        responses[question_id] = response_from_json(raw)
    session = QuizSession.resume(quiz, seed, responses)
    if session.answered_count != len(responses):
        raise ValueError("the stored answers do not replay in this set's order")
    return session
