"""The results file a learner hands to a teacher, format version 1, as pydantic models.

This is a contract with the teacher's class-results tool (see docs/results-format.md): field
names never change within a format version. Reading checks a file as strictly as a question
set, because it arrives from someone else's machine.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from quizapp.model import NO_WORDS, SetWords
from quizapp.results.records import (
    Attempt,
    AttemptWithAnswers,
    ClassifyPair,
    RecordedAnswer,
)

RESULTS_FORMAT = "quizapp-results"
RESULTS_FORMAT_VERSION = 1

# The CSV variant's columns, shared by the writer and the reader. Text cells a spreadsheet
# would run as a formula are written with a leading apostrophe and read back without it.
CSV_COLUMNS: tuple[str, ...] = (
    "format_version", "student_name", "attempt_uid", "set_id", "set_title", "set_hash", "mode",
    "status", "started_at", "ended_at", "attempt_score", "question_id", "position", "score",
    "points_earned", "points_possible", "confidence", "seconds", "answered_at", "tags",
    "classify_items", "response", "prompt", "tag_names",
)  # fmt: skip
# Columns older files lack: read when present. tag_names holds the names of the row's tags,
# in the order of its tags column, separated by " | " (the ids stay in the tags column).
OPTIONAL_COLUMNS = ("prompt", "tag_names")
TAG_NAME_SEPARATOR = " | "
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ESCAPED_STARTS = (*FORMULA_STARTS, "'")  # a text starting with ' is escaped too, to round-trip
GUARDED_COLUMNS = ("student_name", "set_title", "response", "prompt", "tag_names")

Label = Annotated[str, Field(min_length=1, max_length=80)]
# Points and times are finite (1e309 reads as infinity) and bounded like a set's own points.
Points = Annotated[float, Field(ge=0, le=1000, allow_inf_nan=False)]
Seconds = Annotated[float, Field(ge=0, le=10_000_000, allow_inf_nan=False)]
Fraction = Annotated[float, Field(ge=0, le=1, allow_inf_nan=False)]
MAX_TAGS = 50  # a question's own bound (model.questions.MAX_TAGS_PER_QUESTION)
MAX_RESPONSE_DEPTH = 20  # a response is a choice, a list or a mapping of rows: never deep


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ClassifyItemRecord(_Strict):
    true_label: Label
    chosen_label: Label | None


class AnswerRecord(_Strict):
    question_id: Annotated[str, Field(min_length=1, max_length=80)]
    position: Annotated[int, Field(ge=0)]
    score: Fraction
    points_earned: Points
    points_possible: Points
    confidence: Literal["sure", "unsure"] | None
    seconds: Seconds
    answered_at: str
    tags: Annotated[list[Label], Field(max_length=MAX_TAGS)] = []
    classify_items: Annotated[list[ClassifyItemRecord], Field(max_length=1000)] = []
    response: Any = None
    prompt: Annotated[str, Field(max_length=100_000)] = ""  # what the learner read; may be ""

    @model_validator(mode="after")
    def _earned_within_possible(self) -> AnswerRecord:
        """A score of 1000 from 10 points out of 0.01 is a forged record, not a result."""
        if self.points_earned > self.points_possible + 1e-9:
            raise ValueError("points_earned is above points_possible")
        if response_depth(self.response) > MAX_RESPONSE_DEPTH:
            raise ValueError(f"the response is nested more than {MAX_RESPONSE_DEPTH} levels deep")
        return self


def response_depth(value: Any) -> int:
    """How deeply a JSON value nests, counted without recursion (a hostile file may nest a
    response 100,000 levels deep)."""
    deepest, pending = 0, [(value, 1)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, (list, dict)):
            if depth > deepest:
                deepest = depth
            if depth <= MAX_RESPONSE_DEPTH:
                children = item.values() if isinstance(item, dict) else item
                pending.extend((child, depth + 1) for child in children)
    return deepest


class AttemptRecord(_Strict):
    attempt_uid: Annotated[str, Field(min_length=1, max_length=80)]
    student_name: str | None
    set_id: Annotated[str, Field(min_length=1, max_length=80)]
    set_title: str
    set_hash: str
    mode: Literal["quiz", "review", "booster", "exam"]
    status: Literal["open", "finished", "abandoned"]
    started_at: str
    ended_at: str | None
    score: Fraction | None
    answers: list[AnswerRecord]
    tag_names: Annotated[
        dict[Label, Annotated[str, Field(max_length=100_000)]], Field(max_length=1000)
    ] = {}


class ResultsFileRecord(_Strict):
    format: Literal["quizapp-results"]
    format_version: Literal[1]
    app_version: str
    exported_at: str
    student_name: str | None
    attempts: list[AttemptRecord]


def attempt_record(
    item: AttemptWithAnswers, fallback_name: str | None, words: SetWords = NO_WORDS
) -> AttemptRecord:
    """An attempt as written in a file, with the name it was made under (None if none).

    The name set at export time is the file's own (``ResultsFileRecord.student_name``): it is
    not written on attempts made before it was set, which may have been someone else's.

    ``words`` (the set's, when the app knows it) add each question's prompt and the names of
    the skills used, so that the teacher reads words, not ids, even without the set.
    """
    a = item.attempt
    words = item.words.joined(words)
    used = {tag for answer in item.answers for tag in answer.tags}
    return AttemptRecord(
        attempt_uid=a.uid,
        student_name=a.student_name,
        set_id=a.set_id,
        set_title=a.set_title,
        set_hash=a.set_hash,
        mode=a.mode,
        status=a.status,
        started_at=a.started_at,
        ended_at=a.ended_at,
        score=_attempt_score(item.answers),
        answers=[
            answer_record(answer, words.prompt(answer.question_id)) for answer in item.answers
        ],
        tag_names={tag: name for tag, name in sorted(words.tag_names.items()) if tag in used},
    )


def answer_record(answer: RecordedAnswer, prompt: str = "") -> AnswerRecord:
    return AnswerRecord(
        question_id=answer.question_id,
        position=answer.position,
        score=answer.score,
        points_earned=answer.points_earned,
        points_possible=answer.points_possible,
        confidence=answer.confidence,
        seconds=answer.seconds,
        answered_at=answer.answered_at,
        tags=list(answer.tags),
        classify_items=[
            ClassifyItemRecord(true_label=p.true_label, chosen_label=p.chosen_label)
            for p in answer.items
        ],
        response=answer.response,
        prompt=prompt,
    )


def from_record(record: AttemptRecord) -> AttemptWithAnswers:
    """Back to the values the database takes; the id is 0 until the database assigns one."""
    attempt = Attempt(
        0, record.attempt_uid, record.set_id, record.set_hash, record.set_title, record.mode,
        record.status, record.started_at, record.ended_at, record.student_name,
    )  # fmt: skip
    ordered = sorted(record.answers, key=lambda answer: answer.position)
    words = SetWords(
        prompts={a.question_id: a.prompt for a in record.answers if a.prompt},
        tag_names=dict(record.tag_names),
    )
    return AttemptWithAnswers(attempt, tuple(_recorded(answer) for answer in ordered), words)


def _recorded(a: AnswerRecord) -> RecordedAnswer:
    pairs = tuple(ClassifyPair(i.true_label, i.chosen_label) for i in a.classify_items)
    return RecordedAnswer(
        a.question_id, a.position, a.response, a.score, a.points_earned, a.points_possible,
        a.confidence, a.seconds, a.answered_at, tuple(a.tags), pairs,
    )  # fmt: skip


def _attempt_score(answers: tuple[RecordedAnswer, ...]) -> float | None:
    possible = sum(a.points_possible for a in answers)
    return sum(a.points_earned for a in answers) / possible if possible > 0 else None
