"""Rules that need the whole set: unique ids, labels of the scheme, passages of the article.

They return located problems instead of raising, so that the loader can report each at the
line of the offending value, and can also check the questions that did validate when others
of the same file did not.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from quizapp.model.labels import Label
from quizapp.model.questions import Classify, Locate, Question
from quizapp.model.text import normalize

Loc = tuple[str | int, ...]


class Problem(NamedTuple):
    """One broken rule: where (a path into the file's data) and what, in plain words."""

    loc: Loc
    message: str


def set_problems(
    article_text: str | None,
    labels: Sequence[Label],
    questions: Iterable[tuple[int, Question]],
) -> list[Problem]:
    """Check cross-field rules over the questions given with their index in the file."""
    problems: list[Problem] = []
    seen_ids: dict[str, int] = {}
    label_ids = [label.id for label in labels]
    for index, question in questions:
        here: Loc = ("questions", index)
        if question.id in seen_ids:
            problems.append(
                Problem(
                    (*here, "id"),
                    f"question id {question.id!r} is already used by question "
                    f"{seen_ids[question.id] + 1}; ids must be unique",
                )
            )
        seen_ids.setdefault(question.id, index)
        problems += _passage_problems(article_text, here, question)
        if isinstance(question, Classify):
            problems += _label_problems(label_ids, here, question)
    return problems


def label_scheme_problems(labels: Sequence[Label]) -> list[Problem]:
    """Label ids must be unique, or a claim's label would be ambiguous."""
    problems = []
    seen: set[str] = set()
    for index, label in enumerate(labels):
        if label.id in seen:
            problems.append(
                Problem(("labels", index, "id"), f"label id {label.id!r} is defined twice")
            )
        seen.add(label.id)
    return problems


def _label_problems(label_ids: list[str], here: Loc, question: Classify) -> list[Problem]:
    return [
        Problem(
            (*here, "items", item_index, "label"),
            f"label {item.label!r} is not in the set's labels ({', '.join(label_ids)})",
        )
        for item_index, item in enumerate(question.items)
        if item.label not in label_ids
    ]


def _passage_problems(article_text: str | None, here: Loc, question: Question) -> list[Problem]:
    problems = []
    for loc, passage in _passages_of(here, question):
        if article_text is None:
            problems.append(Problem(loc, "a passage is given but the set has no article"))
        elif normalize(article_text).find(passage) is None:
            problems.append(Problem(loc, _not_found_message(passage)))
    return problems


def _passages_of(here: Loc, question: Question) -> Iterable[tuple[Loc, str]]:
    for index, passage in enumerate(question.evidence):
        yield (*here, "evidence", index), passage
    if isinstance(question, Classify):
        for item_index, item in enumerate(question.items):
            for index, passage in enumerate(item.evidence):
                yield (*here, "items", item_index, "evidence", index), passage
    if isinstance(question, Locate):
        for index, passage in enumerate(question.answer):
            yield (*here, "answer", index), passage


def _not_found_message(passage: str) -> str:
    shown = passage if len(passage) <= 60 else passage[:57] + "..."
    return (
        f"passage not found in the article text: {shown!r} "
        "(it must be copied word for word; spaces and quote styles may differ)"
    )
