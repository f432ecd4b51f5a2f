"""Rules that need the whole set: unique ids, labels of the scheme, passages of the article.

They return located problems instead of raising, so that the loader can report each at the
line of the offending value, and can also check the questions that did validate when others
of the same file did not.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Any, NamedTuple

from quizapp.model.labels import Label
from quizapp.model.questions import Classify, Locate, Question
from quizapp.model.text import find_passage
from quizapp.model.wording import shorten

Loc = tuple[str | int, ...]
# Each passage costs a search of the article; a hostile file of a million passages would take
# minutes, a real set (10,000 questions) holds some 15,000.
MAX_PASSAGES = 50_000
_NO_VALUES: Mapping[str, Any] = MappingProxyType({})


class Problem(NamedTuple):
    """One broken rule: where (a path into the file's data) and what, in plain words.

    ``key`` and ``values`` let the store say the same thing in the user's language.
    """

    loc: Loc
    message: str
    key: str = ""
    values: Mapping[str, Any] = _NO_VALUES

    @classmethod
    def of(cls, loc: Loc, key: str, template: str, **values: Any) -> Problem:
        return cls(loc, template.format(**values), key, values)


def set_problems(
    article_text: str | None,
    labels: Sequence[Label] | None,
    questions: Iterable[tuple[int, Question]],
    check_passages: bool = True,
) -> list[Problem]:
    """Check cross-field rules over the questions given with their index in the file.

    A part that failed its own checks is not used to judge others (no cascade of messages
    from one mistake): ``labels=None`` skips the label checks, ``check_passages=False`` the
    passage checks.
    """
    problems: list[Problem] = []
    seen_ids: dict[str, int] = {}
    label_ids = None if labels is None else [label.id for label in labels]
    checked: dict[str, bool] = {}  # passage -> found, each distinct passage searched once
    for index, question in questions:
        here: Loc = ("questions", index)
        problems += _repeated_id(here, question.id, seen_ids)
        seen_ids.setdefault(question.id, index)
        if len(checked) > MAX_PASSAGES:
            problems.append(_too_many_passages())
            break
        if check_passages:
            problems += _passage_problems(article_text, here, question, checked)
        if isinstance(question, Classify) and label_ids is not None:
            problems += _label_problems(label_ids, here, question)
    return problems


def _repeated_id(here: Loc, question_id: str, seen_ids: dict[str, int]) -> list[Problem]:
    """The id again, with the number of the question that first had it (or nothing)."""
    if question_id not in seen_ids:
        return []
    return [
        Problem.of(
            (*here, "id"),
            "question_id_repeated",
            "question id '{id}' is already used by question {first}; ids must be unique",
            id=question_id,
            first=seen_ids[question_id] + 1,
        )
    ]


def label_scheme_problems(labels: Sequence[Label]) -> list[Problem]:
    """Label ids must be unique, or a claim's label would be ambiguous."""
    problems = []
    seen: set[str] = set()
    for index, label in enumerate(labels):
        if label.id in seen:
            problems.append(
                Problem.of(
                    ("labels", index, "id"),
                    "label_id_repeated",
                    "label id '{id}' is defined twice",
                    id=label.id,
                )
            )
        seen.add(label.id)
    return problems


def _label_problems(label_ids: list[str], here: Loc, question: Classify) -> list[Problem]:
    return [
        Problem.of(
            (*here, "items", item_index, "label"),
            "label_unknown",
            "label '{label}' is not in the set's labels ({labels})",
            label=item.label,
            labels=", ".join(label_ids),
        )
        for item_index, item in enumerate(question.items)
        if item.label not in label_ids
    ]


def _too_many_passages() -> Problem:
    return Problem.of(
        ("questions",),
        "too_many_passages",
        "the set holds more than {count} passages (evidence and answers): split it into "
        "several sets",
        count=f"{MAX_PASSAGES:,}",
    )


def _passage_problems(
    article_text: str | None, here: Loc, question: Question, checked: dict[str, bool]
) -> list[Problem]:
    problems = []
    for loc, passage in _passages_of(here, question):
        if article_text is not None and passage not in checked:
            checked[passage] = find_passage(article_text, passage) is not None
        if article_text is None:
            problems.append(
                Problem.of(
                    loc, "passage_without_article", "a passage is given but the set has no article"
                )
            )
        elif not checked[passage]:
            problems.append(
                Problem.of(
                    loc,
                    "passage_not_found",
                    "passage not found in the article text: '{passage}' "
                    "(it must be copied word for word; spaces and quote styles may differ)",
                    passage=shorten(passage),
                )
            )
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
