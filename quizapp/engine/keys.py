"""Responses built from a question's own answer key: the fully right one and a fully wrong one.

The self-test answers a question "through the engine" with these, and the tests use them to
run a whole set all right or all wrong without knowing its content. A wrong classify answer
takes the next label of the set's scheme, so the confusion matrix it yields is predictable.
"""

from __future__ import annotations

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
    QuizSet,
    SingleChoice,
    TrueFalse,
)
from quizapp.model.text import find_passage, overlap


def correct_response(question: Question, quiz: QuizSet) -> Response:
    """The response that scores 1 on ``question``."""
    if isinstance(question, SingleChoice | MultipleChoice):
        return ChoiceResponse(frozenset(i for i, o in enumerate(question.options) if o.correct))
    if isinstance(question, TrueFalse):
        return TrueFalseResponse(question.answer)
    if isinstance(question, Classify):
        return ClassifyResponse(tuple(item.label for item in question.items))
    if isinstance(question, Match):
        return MatchResponse(tuple(pair.right for pair in question.pairs))
    return LocateResponse(_answer_spans(question, quiz)[0])


def next_label(quiz: QuizSet, label_id: str) -> str:
    """The label after ``label_id`` in the set's scheme, wrapping round."""
    ids = [label.id for label in quiz.labels]
    return ids[(ids.index(label_id) + 1) % len(ids)]


def wrong_response(question: Question, quiz: QuizSet) -> Response:
    """A response that scores 0 on ``question`` (every part of it wrong where that is possible)."""
    if isinstance(question, SingleChoice):
        return ChoiceResponse(frozenset(_wrong_options(question)[:1]))
    if isinstance(question, MultipleChoice):
        return ChoiceResponse(frozenset(_wrong_options(question)))
    if isinstance(question, TrueFalse):
        return TrueFalseResponse(not question.answer)
    if isinstance(question, Classify):
        return ClassifyResponse(tuple(next_label(quiz, item.label) for item in question.items))
    if isinstance(question, Match):
        choices = question.choices()
        return MatchResponse(
            tuple(
                choices[(choices.index(pair.right) + 1) % len(choices)] for pair in question.pairs
            )
        )
    return LocateResponse(_span_outside(question, quiz))


def _wrong_options(question: SingleChoice | MultipleChoice) -> list[int]:
    return [index for index, option in enumerate(question.options) if not option.correct]


def _answer_spans(question: Locate, quiz: QuizSet) -> list[tuple[int, int]]:
    text = quiz.article.text if quiz.article else ""
    return [span for p in question.answer if (span := find_passage(text, p)) is not None]


def _span_outside(question: Locate, quiz: QuizSet) -> tuple[int, int] | None:
    """A one-character span of the article that touches no answer passage, if there is one."""
    spans = _answer_spans(question, quiz)
    length = len(quiz.article.text) if quiz.article else 0
    for start in range(length):
        if all(overlap((start, start + 1), span) == 0 for span in spans):
            return (start, start + 1)
    return None
