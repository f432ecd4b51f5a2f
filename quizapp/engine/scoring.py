"""Scoring one answer against one question, by the rules of DESIGN.md's table.

A verdict carries a mark per option, item or pair as well as the score, because feedback
that teaches has to say *which* part of the answer was right or wrong, not just how much.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from quizapp.engine.locate_fit import Fit, LocateFit, locate_fit
from quizapp.engine.responses import (
    ChoiceResponse,
    ClassifyResponse,
    LocateResponse,
    MatchResponse,
    Response,
    TrueFalseResponse,
)
from quizapp.model import (
    Classify,
    Locate,
    Match,
    MultipleChoice,
    Question,
    SingleChoice,
    TrueFalse,
)


class Mark(enum.Enum):
    """How one part of an answer fared; the UI shows each with a word and an icon."""

    RIGHT = "right"  # picked and correct, or labelled / matched correctly
    WRONG = "wrong"  # picked but not correct, or labelled / matched wrongly
    MISSED = "missed"  # a correct option left unpicked, or an item left unanswered
    NEUTRAL = "neutral"  # a wrong option rightly left alone


@dataclass(frozen=True)
class Verdict:
    """The outcome of one question: a fraction in [0, 1], its points, and per-part marks."""

    question_id: str
    fraction: float
    possible: float
    marks: tuple[Mark, ...]
    confusions: tuple[tuple[str, str | None], ...] = ()  # classify: (true label, chosen label)
    locate: LocateFit | None = None  # locate: how the selection fits the answer, and why not

    @property
    def points(self) -> float:
        return self.fraction * self.possible

    @property
    def correct(self) -> bool:
        return self.fraction >= 1.0 - 1e-9


def score_question(question: Question, response: Response, article_text: str | None) -> Verdict:
    """Score ``response`` to ``question``; a response of the wrong shape is a ValueError."""
    fraction, marks, extra = _SCORERS[type(question)](question, response, article_text)
    if isinstance(extra, LocateFit):
        return Verdict(question.id, fraction, float(question.points), marks, (), extra)
    return Verdict(question.id, fraction, float(question.points), marks, extra)


def _expect(response: Response, kind: type) -> None:
    if not isinstance(response, kind):
        raise ValueError(f"a {kind.__name__} is needed here, not {type(response).__name__}")


def _choice_marks(question: SingleChoice | MultipleChoice, picked: frozenset[int]) -> tuple:
    if any(not 0 <= index < len(question.options) for index in picked):
        raise ValueError(f"option index out of range in {sorted(picked)}")
    marks = []
    for index, option in enumerate(question.options):
        chosen = index in picked
        if option.correct:
            marks.append(Mark.RIGHT if chosen else Mark.MISSED)
        else:
            marks.append(Mark.WRONG if chosen else Mark.NEUTRAL)
    return tuple(marks)


def _score_single(question: SingleChoice, response: Response, _text: str | None) -> tuple:
    _expect(response, ChoiceResponse)
    marks = _choice_marks(question, response.picked)
    right = len(response.picked) == 1 and Mark.RIGHT in marks
    return (1.0 if right else 0.0), marks, ()


def _score_multiple(question: MultipleChoice, response: Response, _text: str | None) -> tuple:
    _expect(response, ChoiceResponse)
    marks = _choice_marks(question, response.picked)
    right_picks = marks.count(Mark.RIGHT)
    wrong_picks = marks.count(Mark.WRONG)
    number_correct = sum(option.correct for option in question.options)
    if question.scoring == "all_or_nothing":
        fraction = 1.0 if right_picks == number_correct and wrong_picks == 0 else 0.0
    else:
        fraction = max(0.0, (right_picks - wrong_picks) / number_correct)
    return fraction, marks, ()


def _score_true_false(question: TrueFalse, response: Response, _text: str | None) -> tuple:
    _expect(response, TrueFalseResponse)
    if response.value is None:
        return 0.0, (Mark.MISSED,), ()
    right = response.value == question.answer
    return (1.0 if right else 0.0), (Mark.RIGHT if right else Mark.WRONG,), ()


def _per_part_marks(expected: list[str], given: tuple[str | None, ...]) -> tuple[Mark, ...]:
    if len(given) != len(expected):
        raise ValueError(f"{len(expected)} answers expected, {len(given)} given")
    return tuple(
        Mark.MISSED if chosen is None else Mark.RIGHT if chosen == truth else Mark.WRONG
        for truth, chosen in zip(expected, given, strict=True)
    )


def _score_classify(question: Classify, response: Response, _text: str | None) -> tuple:
    _expect(response, ClassifyResponse)
    truths = [item.label for item in question.items]
    marks = _per_part_marks(truths, response.labels)
    fraction = marks.count(Mark.RIGHT) / len(marks)
    return fraction, marks, tuple(zip(truths, response.labels, strict=True))


def _score_match(question: Match, response: Response, _text: str | None) -> tuple:
    _expect(response, MatchResponse)
    marks = _per_part_marks([pair.right for pair in question.pairs], response.choices)
    return marks.count(Mark.RIGHT) / len(marks), marks, ()


def locate_hits(question: Locate, span: tuple[int, int], article_text: str) -> bool:
    """True when ``span`` covers half of an answer passage and lies mostly within it."""
    return locate_fit(list(question.answer), span, article_text).fit is Fit.RIGHT


def _score_locate(question: Locate, response: Response, article_text: str | None) -> tuple:
    _expect(response, LocateResponse)
    if response.span is None:
        return 0.0, (Mark.MISSED,), ()
    if article_text is None:
        return 0.0, (Mark.WRONG,), ()
    fit = locate_fit(list(question.answer), response.span, article_text)
    right = fit.fit is Fit.RIGHT
    return (1.0 if right else 0.0), (Mark.RIGHT if right else Mark.WRONG,), fit


_SCORERS = {
    SingleChoice: _score_single,
    MultipleChoice: _score_multiple,
    TrueFalse: _score_true_false,
    Classify: _score_classify,
    Match: _score_match,
    Locate: _score_locate,
}
