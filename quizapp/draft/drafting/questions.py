"""Draft questions built on an analysis: classify per paragraph (and one over the paragraphs
too thin for their own), who said this, a match of quotations to speakers, a locate per
anonymous source, and true/false statements half true, half false. Each question carries its
evidence (verbatim passages of the article) and an explanation naming the cue, and is marked
as a draft (id ``draft-…`` and tag ``draft``) until the teacher accepts it. No two ask the
same thing: a finding asked "who said it" is not asked again as true/false. The wording is
the lexicon's ``wording`` table, phrased by ``phrasing.Phrasing``; each kind of question is
drafted in its own module (classify_questions, who_questions, statements), on draft_base.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from pydantic import TypeAdapter

from quizapp.draft.drafting.classify_questions import ClassifyQuestions
from quizapp.draft.drafting.draft_base import DRAFT_TAG
from quizapp.draft.drafting.statements import StatementQuestions
from quizapp.draft.drafting.who_questions import WhoQuestions
from quizapp.draft.drafting.wording.passages import french_spaces, shorten
from quizapp.draft.findings import Analysis
from quizapp.draft.pipeline.steps import QUESTIONS, UNWATCHED, Steps
from quizapp.draft.words.lexicon import load
from quizapp.model import Question

__all__ = [
    "DRAFT_TAG",
    "as_models",
    "draft_questions",
    "label_definitions",
    "match_explanation",
    "shorten",
]

_QUESTION = TypeAdapter(Question)
# a quotation ending on its own stop gets no second one after its mark (teacher13: « …
# patrimoine. ». in French, where the space before « » » had hidden it from teacher12's fix)
_STOP_TWICE = re.compile(r"([.!?…]\s*[»”’])\.")


def draft_questions(analysis: Analysis, steps: Steps = UNWATCHED) -> list[dict[str, Any]]:
    """The drafted questions as plain v1 data, each checked against the model. ``steps``:
    told after each kind of question, and asked whether to stop inside the long ones."""
    wording = load(analysis.language).raw["wording"]
    steps.check(QUESTIONS, 0, len(_KINDS) + 1)
    builder = _Builder(analysis, wording, steps)
    questions: list[dict[str, Any]] = []
    for done, kind in enumerate(_KINDS, 1):
        steps.check(QUESTIONS, done, len(_KINDS) + 1)
        questions += kind(builder)
    questions += builder.true_false(len(questions))
    steps.check(QUESTIONS, len(_KINDS) + 1, len(_KINDS) + 1)
    for question in questions:
        question["prompt"] = _STOP_TWICE.sub(r"\1", question["prompt"])
        if analysis.language == "fr":
            question["prompt"] = french_spaces(question["prompt"])
        _QUESTION.validate_python(question)
    return questions


def match_explanation(analysis: Analysis, evidence: Sequence[str]) -> str | None:
    """The explanation the drafter gives a match whose pairs quote the passages ``evidence``
    (each a finding's, as drafted), or None when one is no finding's evidence (her edits):
    the review words a rebuilt match's explanation again from the pairs it keeps."""
    builder = _Builder(analysis, load(analysis.language).raw["wording"])
    by_evidence = {builder.evidence(found): found for found in reversed(analysis.attributions)}
    if not all(passage in by_evidence for passage in evidence):
        return None
    return builder.match_explanation([by_evidence[passage] for passage in evidence])


def as_models(questions: list[dict[str, Any]]) -> list[Question]:
    """The same questions as ``quizapp.model`` objects (what the editor adds to a set)."""
    return [_QUESTION.validate_python(q) for q in questions]


def label_definitions(language: str) -> list[dict[str, str]]:
    """The five labels in the article's language, for a drafted set."""
    names = load(language).raw["wording"]["label_names"]
    return [{"id": key, "name": name, "description": text} for key, (name, text) in names.items()]


class _Builder(ClassifyQuestions, WhoQuestions, StatementQuestions):
    """Every kind of question, drafted on one analysis."""


# the kinds drafted before the true/false, which fill in after them (in this order)
_KINDS = (_Builder.classify, _Builder.who, _Builder.match, _Builder.locate)
