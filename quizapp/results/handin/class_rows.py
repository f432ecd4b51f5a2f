"""The merged class results a teacher reads: a row per student, per question, per skill.

Plain frozen data built by ``class_results.merge`` and shown by the class window, the
command line and the class CSV; the few questions asked of it (a prompt, the confusion
matrix) are answered here so every reader gets the same answer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from quizapp.model import SetWords, words_for


@dataclass(frozen=True, slots=True)
class LabelTally:
    """Claims of one true label: how many a student saw and how many were given that label."""

    right: int = 0
    seen: int = 0

    @property
    def share(self) -> float | None:
        return self.right / self.seen if self.seen else None


@dataclass(frozen=True, slots=True)
class StudentRow:
    """One student's line: ``name`` is None for attempts exported without a name."""

    name: str | None
    files: tuple[str, ...]
    attempts: int
    answers: int
    points_earned: float
    points_possible: float
    by_label: dict[str, LabelTally]

    @property
    def score(self) -> float | None:
        """Points earned over points possible, over every answer the student gave."""
        return self.points_earned / self.points_possible if self.points_possible > 0 else None


@dataclass(frozen=True, slots=True)
class QuestionRow:
    """How one question of one set fared across the class."""

    set_id: str
    question_id: str
    students: int
    answered: int
    right: int  # answers at full marks
    mean_score: float

    @property
    def share_right(self) -> float:
        return self.right / self.answered if self.answered else 0.0


@dataclass(frozen=True, slots=True)
class SkillRow:
    """How the class did on one skill (a tag) of one set: points over every tagged answer."""

    set_id: str
    tag: str
    answers: int
    points_earned: float
    points_possible: float

    @property
    def share(self) -> float | None:
        return self.points_earned / self.points_possible if self.points_possible > 0 else None


@dataclass(frozen=True)
class ClassResults:
    """Everything the class window and ``class.csv`` show, computed once."""

    students: list[StudentRow]
    questions: list[QuestionRow]
    label_ids: list[str]
    confusion: dict[tuple[str, str | None], int]
    files_read: int = 0
    attempts: int = 0
    duplicates: int = 0
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # records skipped, attempt ids clashing
    versions: list[str] = field(default_factory=list)  # sets answered in several versions
    sets: dict[str, str] = field(default_factory=dict)  # every set id in the files -> its title
    words: dict[str, SetWords] = field(default_factory=dict)  # prompts, skill names, by set
    skills: list[SkillRow] = field(default_factory=list)  # weakest first

    def completed_by(self, known: Mapping[str, SetWords]) -> ClassResults:
        """These results, with ``known`` words (the open sets') where the files carried none."""
        words = {s: words_for(self.words, s).joined(w) for s, w in known.items()}
        return replace(self, words={**self.words, **words})

    def prompt(self, set_id: str, question_id: str) -> str:
        """The question's prompt as a results file carried it ("" when none did)."""
        return words_for(self.words, set_id).prompt(question_id)

    def matrix(self) -> list[list[int]]:
        """Counts by true label (rows) and chosen label (columns, in ``label_ids`` order)."""
        return [
            [self.confusion.get((truth, chosen), 0) for chosen in self.label_ids]
            for truth in self.label_ids
        ]

    def true_label_ids(self) -> list[str]:
        """The labels some claim really had: the ones a student's accuracy can be given for."""
        truths = {truth for truth, _ in self.confusion}
        return [label for label in self.label_ids if label in truths]

    def left_blank(self) -> list[int]:
        """Per true label (``label_ids`` order), the claims a student left without a label."""
        return [self.confusion.get((truth, None), 0) for truth in self.label_ids]
