"""A question set, format version 1: the article, the label scheme, settings and questions."""

from __future__ import annotations

import datetime
from typing import Annotated, Any, Literal

from pydantic import Field, StrictBool, StrictInt, field_validator, model_validator
from pydantic_core import PydanticCustomError

from quizapp.model.base import MAX_TEXT_CHARS, Frozen, Slug, Text
from quizapp.model.labels import DEFAULT_LABELS, Label, TagName
from quizapp.model.questions import Question
from quizapp.model.rules import Problem, label_scheme_problems, set_problems
from quizapp.model.wording import rule_error

SCHEMA_VERSION = 1
MAX_QUESTIONS = 100_000  # per set: bounds the time a hostile file can cost to read and check
SET_RULES_ERROR = "set_rules"
# The one bound on an article's size (bounds56): what a set file holds, so what a paste, an
# opened article file and the drafter accept too, and what every set saved anywhere loads with
# (about 15,000 words of French; drafting that many takes about 1.2 s).
MAX_ARTICLE_CHARS = MAX_TEXT_CHARS

LanguageTag = Annotated[str, Field(pattern=r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")]


def primary(language: Any) -> str:
    """ "fr" of "fr-CH"; "" for no language. Here, with no Qt, for the editor and the
    student's feedback alike (mend46a: the feedback wrote it a second time)."""
    return str(language or "").split("-")[0].lower()


class Article(Frozen):
    """The news article the set is about; its text is what passages are checked against."""

    title: Text
    outlet: Text
    url: Annotated[str, Field(pattern=r"^https?://\S+$")] | None = None
    date: datetime.date | None = None
    text: Text


class Settings(Frozen):
    """How a quiz on this set runs."""

    shuffle_questions: StrictBool = False
    shuffle_options: StrictBool = True
    feedback: Literal["immediate", "end"] = "immediate"
    pass_mark: Annotated[float, Field(ge=0, le=1)] = 0.6


class QuizSet(Frozen):
    """A whole question set as a teacher wrote it, checked against every rule of format v1."""

    schema_version: StrictInt
    id: Slug
    title: Text
    language: LanguageTag
    description: str = ""
    authors: list[str] = []
    article: Article | None = None
    labels: Annotated[list[Label], Field(min_length=1, max_length=20)] = list(DEFAULT_LABELS)
    tags: Annotated[dict[Slug, TagName], Field(max_length=1000)] = {}
    settings: Settings = Settings()
    questions: Annotated[list[Question], Field(min_length=1, max_length=MAX_QUESTIONS)]

    @field_validator("schema_version")
    @classmethod
    def _known_version(cls, version: int) -> int:
        if version > SCHEMA_VERSION:
            raise rule_error(
                "schema_newer",
                "this set is made for a newer quizapp (format version {version}); this "
                "version reads format version {known}: update quizapp",
                version=version,
                known=SCHEMA_VERSION,
            )
        if version < SCHEMA_VERSION:
            raise rule_error(
                "schema_unknown", "schema_version must be {known}", known=SCHEMA_VERSION
            )
        return version

    @model_validator(mode="after")
    def _whole_set_rules(self) -> QuizSet:
        problems = self.problems()
        if problems:
            raise PydanticCustomError(
                SET_RULES_ERROR,
                "{count} rule(s) broken",
                {"count": len(problems), "problems": problems},
            )
        return self

    def problems(self) -> list[Problem]:
        """Cross-field problems of this set (empty for any constructed set)."""
        text = self.article.text if self.article else None
        return label_scheme_problems(self.labels) + set_problems(
            text, self.labels, enumerate(self.questions)
        )

    def label(self, label_id: str) -> Label:
        """The label with this id (it exists: the set validated)."""
        return next(label for label in self.labels if label.id == label_id)

    def tag_name(self, tag_id: str) -> str:
        """The name a person reads for this skill: its set-level name, else the id itself."""
        named = self.tags.get(tag_id)
        return named.name if named else tag_id

    @property
    def total_points(self) -> float:
        return float(sum(question.points for question in self.questions))
