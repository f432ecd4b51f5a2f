"""What makes Moodle refuse or alter a file, found before the file is written.

Checked against a real Moodle 4.5: a category (the set's title) or a matching question's
right-hand text over 255 characters aborts the whole import with a database error, and one
answer weight outside Moodle's grade list makes it import nothing from the file. Those are
refusals. A ``<...>`` in a right-hand text (Moodle strips it when it shows the choices) and a
lone space between two characters the XML writes as entities (Moodle's XML reader drops it)
only alter the text: those are warnings. Each one points at the line of the set file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizapp.model import Classify, Match, MultipleChoice, Problem, QuizSet

MOODLE_TEXT_LIMIT = 255
_MOODLE_FRACTIONS = (1.0, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333)
_MOODLE_FRACTIONS += (0.3, 0.25, 0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05)
_MARKUP = re.compile(r"<[^<>]*>")
_SPACE_BETWEEN_ENTITIES = re.compile(r"[&<>] [&<>]")


def weight_in_grade_list(share: float) -> bool:
    """Whether Moodle's grade list holds the weight ``share`` (a fraction of 1)."""
    return any(abs(share - allowed) < 1e-5 for allowed in _MOODLE_FRACTIONS)


def moodle_refusals(quizset: QuizSet) -> list[Problem]:
    """Problems that would make Moodle refuse the whole file."""
    problems = []
    if len(quizset.title) > MOODLE_TEXT_LIMIT:
        problems.append(_too_long(("title",), quizset.title))
    for loc, text in _right_hand_texts(quizset):
        if len(text) > MOODLE_TEXT_LIMIT:
            problems.append(_too_long(loc, text))
    for index, question in enumerate(quizset.questions):
        if isinstance(question, MultipleChoice):
            right = sum(option.correct for option in question.options)
            if not weight_in_grade_list(1 / right):
                problems.append(_off_grade_list(("questions", index, "options"), right))
    return problems


def moodle_alterations(quizset: QuizSet) -> list[Problem]:
    """Texts Moodle would show otherwise than written."""
    problems = []
    for loc, text in _right_hand_texts(quizset):
        if _MARKUP.search(text):
            problems.append(
                Problem.of(
                    loc,
                    "export_markup_right",
                    "Moodle removes '{markup}' from a matching question's right-hand text when "
                    "it shows it: write it without < >",
                    markup=_MARKUP.search(text).group(0),  # type: ignore[union-attr]
                )
            )
    for loc, text in [(("title",), quizset.title), *_right_hand_texts(quizset)]:
        found = _SPACE_BETWEEN_ENTITIES.search(text)
        if found:
            problems.append(
                Problem.of(
                    loc,
                    "export_lone_space",
                    "Moodle drops the space in '{chars}' (between two characters its XML "
                    "writes as codes): add a word between them or remove the space",
                    chars=found.group(0),
                )
            )
    return problems


def _right_hand_texts(quizset: QuizSet) -> Iterator[tuple[tuple, str]]:
    """The texts Moodle stores as a matching question's plain right-hand choices."""
    for index, question in enumerate(quizset.questions):
        here = ("questions", index)
        if isinstance(question, Match):
            for number, pair in enumerate(question.pairs):
                yield (*here, "pairs", number, "right"), pair.right
            for number, distractor in enumerate(question.distractors):
                yield (*here, "distractors", number), distractor
    if any(isinstance(question, Classify) for question in quizset.questions):
        for number, label in enumerate(quizset.labels):
            yield ("labels", number, "name"), label.name


def _too_long(loc: tuple, text: str) -> Problem:
    return Problem.of(
        loc,
        "export_too_long",
        "Moodle stores at most {limit} characters here and aborts the whole import beyond: "
        "this text has {count}; shorten it",
        limit=MOODLE_TEXT_LIMIT,
        count=len(text),
    )


def _off_grade_list(loc: tuple, right: int) -> Problem:
    return Problem.of(
        loc,
        "export_weight_refused",
        "{count} right options make each one worth {percent}%, which is not in Moodle's list "
        "of grades: Moodle would import nothing from the whole file; use 10 right options or "
        "fewer",
        count=right,
        percent=f"{100 / right:.5g}",
    )
