"""One run through a question set: the order shown, the answers given, the feedback state.

A plain state machine with no Qt so that tests (and a later results database) can drive it.
Everything random comes from one seed, so a session is rebuilt exactly from (seed, answers):
the same seed gives the same question and option order, and replaying the stored answers in
that order lands on the same question and state the learner left.
"""

from __future__ import annotations

import enum
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from quizapp.engine.responses import Response, response_from_json, response_to_json
from quizapp.engine.results import Results
from quizapp.engine.scoring import Verdict, score_question
from quizapp.model import Match, MultipleChoice, Question, QuizSet, SingleChoice


class State(enum.Enum):
    ANSWERING = "answering"
    FEEDBACK = "feedback"  # immediate mode only: the verdict of the last answer is on show
    FINISHED = "finished"


class SessionError(RuntimeError):
    """An action that the session's current state does not allow (a programming error)."""


@dataclass(frozen=True)
class Presented:
    """A question as shown: its place in the run and the on-screen order of its choices."""

    question: Question
    position: int  # 0-based place in the run
    option_order: tuple[int, ...] = ()  # choice questions: option indices in display order
    choice_order: tuple[str, ...] = ()  # match questions: right-hand texts in display order


def pinned_shuffle(options: Sequence[bool], rng: random.Random) -> tuple[int, ...]:
    """A display order of indices where each pinned index keeps its own place."""
    free = [index for index, pinned in enumerate(options) if not pinned]
    shuffled = free[:]
    rng.shuffle(shuffled)
    placed = iter(shuffled)
    return tuple(index if pinned else next(placed) for index, pinned in enumerate(options))


class QuizSession:
    """Answering -> (feedback) -> next ... -> finished, over one set, from one seed."""

    def __init__(self, quiz: QuizSet, seed: int | None = None) -> None:
        self.quiz = quiz
        self.seed = seed if seed is not None else random.SystemRandom().randrange(2**31)
        self._presented = self._lay_out(random.Random(self.seed))
        self._index = 0
        self._answers: dict[str, Response] = {}
        self._verdicts: dict[str, Verdict] = {}
        self.state = State.ANSWERING

    @property
    def exam_mode(self) -> bool:
        return self.quiz.settings.feedback == "end"

    @property
    def total(self) -> int:
        return len(self._presented)

    @property
    def current(self) -> Presented:
        if self.state is State.FINISHED:
            raise SessionError("the quiz is finished")
        return self._presented[self._index]

    @property
    def answered_count(self) -> int:
        return len(self._answers)

    def presented(self) -> tuple[Presented, ...]:
        """Every question in the order of this run."""
        return self._presented

    def answer(self, response: Response) -> Verdict | None:
        """Record the answer to the current question.

        Immediate mode returns the verdict and waits in FEEDBACK for ``next()``; exam mode
        reveals nothing (returns None) and moves straight on.
        """
        if self.state is not State.ANSWERING:
            raise SessionError(f"cannot answer while {self.state.value}")
        question = self.current.question
        verdict = score_question(question, response, self._article_text)
        self._answers[question.id] = response
        self._verdicts[question.id] = verdict
        if self.exam_mode:
            self._advance()
            return None
        self.state = State.FEEDBACK
        return verdict

    def next(self) -> None:
        """Leave the feedback of the last answer for the next question (or the end)."""
        if self.state is not State.FEEDBACK:
            raise SessionError(f"nothing to move on from while {self.state.value}")
        self._advance()

    def results(self) -> Results:
        """The results so far; complete once the state is FINISHED."""
        shown_ids = [presented.question.id for presented in self._presented]
        verdicts = [self._verdicts[qid] for qid in shown_ids if qid in self._verdicts]
        return Results.build(self.quiz, verdicts, self._answers)

    def response_for(self, question_id: str) -> Response | None:
        return self._answers.get(question_id)

    def verdict_for(self, question_id: str) -> Verdict | None:
        return self._verdicts.get(question_id)

    def to_json(self) -> dict[str, Any]:
        """Seed and answers in answering order: all that is needed to rebuild this session."""
        return {
            "set_id": self.quiz.id,
            "seed": self.seed,
            "answers": {qid: response_to_json(r) for qid, r in self._answers.items()},
        }

    @classmethod
    def from_json(cls, quiz: QuizSet, data: Mapping[str, Any]) -> QuizSession:
        """Rebuild a session stored by ``to_json`` over the same set."""
        if data.get("set_id", quiz.id) != quiz.id:
            raise ValueError(f"stored answers belong to set {data['set_id']!r}, not {quiz.id!r}")
        answers = {qid: response_from_json(raw) for qid, raw in data["answers"].items()}
        return cls.resume(quiz, int(data["seed"]), answers)

    @classmethod
    def resume(cls, quiz: QuizSet, seed: int, answers: Mapping[str, Response]) -> QuizSession:
        """Replay ``answers`` in this seed's order, stopping at the first unanswered question."""
        session = cls(quiz, seed)
        while session.state is not State.FINISHED:
            response = answers.get(session.current.question.id)
            if response is None:
                break
            session.answer(response)
            if session.state is State.FEEDBACK:
                session.next()
        return session

    @property
    def _article_text(self) -> str | None:
        return self.quiz.article.text if self.quiz.article else None

    def _advance(self) -> None:
        self._index += 1
        self.state = State.FINISHED if self._index >= len(self._presented) else State.ANSWERING

    def _lay_out(self, rng: random.Random) -> tuple[Presented, ...]:
        questions = list(self.quiz.questions)
        if self.quiz.settings.shuffle_questions:
            rng.shuffle(questions)
        shuffle = self.quiz.settings.shuffle_options
        return tuple(
            self._present(question, position, rng, shuffle)
            for position, question in enumerate(questions)
        )

    @staticmethod
    def _present(question: Question, position: int, rng: random.Random, shuffle: bool) -> Presented:
        if isinstance(question, SingleChoice | MultipleChoice):
            pins = [option.pin if shuffle else True for option in question.options]
            return Presented(question, position, option_order=pinned_shuffle(pins, rng))
        if isinstance(question, Match):
            choices = question.choices()
            if shuffle:
                rng.shuffle(choices)
            return Presented(question, position, choice_order=tuple(choices))
        return Presented(question, position)
