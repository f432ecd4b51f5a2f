"""The six question types of format v1, as one union told apart by the ``type`` field.

Rules that concern a single question live here (how many options are correct, unique
left-hand quotes...). Rules that need the whole set (the article, the label scheme, unique
ids) live in ``quizapp.model.rules`` so that they can be reported with an exact location.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, Field, StrictBool, StrictFloat, StrictInt, model_validator

from quizapp.model.base import Frozen, NonEmptyPassages, Passages, Slug, Text
from quizapp.model.paths import check_relative_path
from quizapp.model.wording import rule_error, shorten

Points = Annotated[StrictInt | StrictFloat, Field(gt=0, le=1000)]


MAX_TAGS_PER_QUESTION = 50  # each tag is a row per answer in the results: 300k would flood them

# The drafter's mark on a question no teacher has reviewed yet. It is the teacher's working
# note (the editor shows it, the review drops it on accepting), not a skill: a set handed out
# unreviewed keeps it in its file, but a student is never scored or shown "by skill" on it.
UNREVIEWED_TAG = "draft"


class Option(Frozen):
    """One answer of a choice question."""

    text: Text
    correct: StrictBool = False
    feedback: str | None = None
    pin: StrictBool = False


class QuestionBase(Frozen):
    """Fields every question has, whatever its type."""

    id: Slug
    prompt: Text
    explanation: str = ""
    evidence: Passages = []
    rule: str | None = None
    tags: Annotated[list[Slug], Field(max_length=MAX_TAGS_PER_QUESTION)] = []
    points: Points = 1
    image: Annotated[str, AfterValidator(check_relative_path)] | None = None

    @property
    def skills(self) -> list[str]:
        """The tags a student's answer counts for: all but the unreviewed mark."""
        return [tag for tag in self.tags if tag != UNREVIEWED_TAG]


class SingleChoice(QuestionBase):
    type: Literal["single_choice"]
    options: Annotated[list[Option], Field(min_length=2, max_length=26)]

    @model_validator(mode="after")
    def _exactly_one_correct(self) -> SingleChoice:
        count = sum(option.correct for option in self.options)
        if count != 1:
            raise rule_error(
                "single_choice_correct_count",
                "a single_choice question needs exactly one option with 'correct: true' "
                "(found {count}); use type: multiple_choice for several right answers",
                count=count,
            )
        return self


class MultipleChoice(QuestionBase):
    type: Literal["multiple_choice"]
    options: Annotated[list[Option], Field(min_length=2, max_length=26)]
    scoring: Literal["partial", "all_or_nothing"] = "partial"

    @model_validator(mode="after")
    def _at_least_one_correct(self) -> MultipleChoice:
        if not any(option.correct for option in self.options):
            raise rule_error(
                "multiple_choice_no_correct",
                "a multiple_choice question needs at least one option with 'correct: true'",
            )
        return self


class TrueFalse(QuestionBase):
    type: Literal["true_false"]
    answer: StrictBool


class ClassifyItem(Frozen):
    """One claim of the article and the label it deserves."""

    claim: Text
    label: Slug
    evidence: Passages = []
    explanation: str = ""


class Classify(QuestionBase):
    type: Literal["classify"]
    items: Annotated[list[ClassifyItem], Field(min_length=1, max_length=100)]


class Pair(Frozen):
    """A left-hand quote or claim and the right-hand source it belongs to."""

    left: Text
    right: Text


class Match(QuestionBase):
    type: Literal["match"]
    pairs: Annotated[list[Pair], Field(min_length=2, max_length=50)]
    distractors: Annotated[list[Text], Field(max_length=50)] = []

    @model_validator(mode="after")
    def _lefts_unique_and_distractors_wrong(self) -> Match:
        lefts = [pair.left for pair in self.pairs]
        duplicates = sorted({left for left in lefts if lefts.count(left) > 1})
        if duplicates:
            raise rule_error(
                "match_left_repeated",
                "left-hand text repeated in pairs: '{text}'",
                text=shorten(duplicates[0]),
            )
        rights = {pair.right for pair in self.pairs}
        clash = [d for d in self.distractors if d in rights]
        if clash:
            raise rule_error(
                "match_distractor_is_right",
                "distractor '{text}' is also a right answer of a pair",
                text=shorten(clash[0]),
            )
        return self

    def choices(self) -> list[str]:
        """Every right-hand choice offered, each once: pair answers first, then distractors."""
        return list(dict.fromkeys([pair.right for pair in self.pairs] + self.distractors))


class Locate(QuestionBase):
    type: Literal["locate"]
    answer: NonEmptyPassages


Question = Annotated[
    SingleChoice | MultipleChoice | TrueFalse | Classify | Match | Locate,
    Field(discriminator="type"),
]

QUESTION_TYPES: tuple[str, ...] = (
    "single_choice",
    "multiple_choice",
    "true_false",
    "classify",
    "match",
    "locate",
)
