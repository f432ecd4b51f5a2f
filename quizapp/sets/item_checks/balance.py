"""Warnings about patterns across a set: answers that lean one way, right options that stand out.

A learner who notices that every true/false statement is false, or that the longest option is
the right one, scores without reading the article. The thresholds follow the issue that asked
for these checks: more than 70 % one way among 4 or more true/false questions; the right option
the longest in more than 40 % of 4 or more single-choice questions, or more than 1.5 times the
mean length of the other options in any one question.
"""

from __future__ import annotations

from collections.abc import Sequence

from quizapp.model import Problem, Question, SingleChoice, TrueFalse
from quizapp.sets.item_checks.codes import warning

MIN_QUESTIONS = 4
TRUE_FALSE_MAX_SHARE = 0.7
LONGEST_MAX_SHARE = 0.4
LONGER_MAX_RATIO = 1.5


def balance_warnings(questions: Sequence[Question]) -> list[Problem]:
    """W01, W02 and W03 over the set's questions (their index in the file is their place)."""
    found = _true_false_balance(questions)
    found += _longest_right_share(questions)
    for index, question in enumerate(questions):
        if isinstance(question, SingleChoice):
            ratio = right_length_ratio(question)
            if ratio > LONGER_MAX_RATIO:
                right = _right_index(question)
                found.append(
                    warning(
                        ("questions", index, "options", right, "text"),
                        "W03",
                        "the right option is {ratio} times as long as the "
                        "others on average: its length gives it away. Shorten it, or give the "
                        "wrong options as much detail (at most 1.5 times).",
                        id=question.id,
                        ratio=f"{ratio:.1f}",
                        ratio_fr=f"{ratio:.1f}".replace(".", ","),
                    )
                )
    return found


def right_length_ratio(question: SingleChoice) -> float:
    """The right option's length over the mean length of the others (1.0: the same)."""
    right = _right_index(question)
    others = [len(o.text.strip()) for i, o in enumerate(question.options) if i != right]
    mean = sum(others) / len(others)
    return len(question.options[right].text.strip()) / max(mean, 1.0)


def right_is_longest(question: SingleChoice) -> bool:
    """True when the right option is strictly longer than every other option."""
    right = _right_index(question)
    length = len(question.options[right].text.strip())
    return all(len(o.text.strip()) < length for i, o in enumerate(question.options) if i != right)


def _right_index(question: SingleChoice) -> int:
    return next(index for index, option in enumerate(question.options) if option.correct)


def true_false_leaning(true: int, false: int) -> bool | None:
    """The side true/false answers lean to past the bound (True: "true"), or None when they
    are too few to judge or balanced enough; the editor's W01 and the draft review's line
    read the same bound through it."""
    total = true + false
    if total < MIN_QUESTIONS or max(true, false) / total <= TRUE_FALSE_MAX_SHARE:
        return None
    return true > false


def _true_false_balance(questions: Sequence[Question]) -> list[Problem]:
    answers = [(i, q) for i, q in enumerate(questions) if isinstance(q, TrueFalse)]
    if len(answers) < MIN_QUESTIONS:
        return []
    true_count = sum(question.answer for _, question in answers)
    side = true_false_leaning(true_count, len(answers) - true_count)
    if side is None:
        return []
    majority = max(true_count, len(answers) - true_count)
    index, first = next((i, q) for i, q in answers if q.answer == side)
    return [
        warning(
            ("questions", index, "answer"),
            "W01",
            "{count} of {total} true/false questions are '{side}': a "
            "learner who always answers '{side}' scores {count}/{total} without reading. Keep "
            "each answer between 30 % and 70 %: turn some statements around.",
            id=first.id,
            count=majority,
            total=len(answers),
            side="true" if side else "false",
            side_fr="vrai" if side else "faux",
        )
    ]


def _longest_right_share(questions: Sequence[Question]) -> list[Problem]:
    singles = [(i, q) for i, q in enumerate(questions) if isinstance(q, SingleChoice)]
    if len(singles) < MIN_QUESTIONS:
        return []
    longest = [(i, q) for i, q in singles if right_is_longest(q)]
    if len(longest) / len(singles) <= LONGEST_MAX_SHARE:
        return []
    index, first = longest[0]
    return [
        warning(
            ("questions", index, "options", _right_index(first), "text"),
            "W02",
            "the right option is the longest in {count} of {total} "
            "single-choice questions (first: this one): learners learn to pick the longest. "
            "Keep it under 40 %: shorten right options or give wrong ones as much detail.",
            id=first.id,
            count=len(longest),
            total=len(singles),
        )
    ]
