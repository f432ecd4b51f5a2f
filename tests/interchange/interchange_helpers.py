"""Shared pieces of the import/export tests: fixture paths and a format-neutral view of a question.

A round trip through Moodle keeps what Moodle can hold: prompts, options and which are right,
option feedback, the explanation, true/false answers, pairs and extra choices. ``moodle_view``
reduces a question to exactly that, so the original and the re-imported set compare equal.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from quizapp.model import Classify, Match, MultipleChoice, QuizSet, SingleChoice, TrueFalse

DATA = Path(__file__).resolve().parent.parent / "data" / "interchange"


def moodle_view(quizset: QuizSet, question: Any) -> tuple:
    """What of ``question`` survives in Moodle; classify claims pair with their label names."""
    head = (question.prompt, question.explanation)
    if isinstance(question, SingleChoice | MultipleChoice):
        options = [(o.text, o.correct, o.feedback) for o in question.options]
        return ("choice", question.type, *head, options)
    if isinstance(question, TrueFalse):
        return ("true_false", *head, question.answer)
    if isinstance(question, Match):
        return ("pairs", *head, _pairs(question.pairs), sorted(question.distractors))
    if isinstance(question, Classify):
        pairs = sorted((item.claim, quizset.label(item.label).name) for item in question.items)
        used = {right for _, right in pairs}
        extras = sorted(label.name for label in quizset.labels if label.name not in used)
        return ("pairs", *head, pairs, extras)
    raise AssertionError(f"{question.type} has no Moodle view")


def _pairs(pairs: Any) -> list[tuple[str, str]]:
    return sorted((pair.left, pair.right) for pair in pairs)
