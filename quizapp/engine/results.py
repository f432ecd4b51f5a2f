"""The end of a run: score, pass or fail, breakdowns, the confusion matrix, what was missed.

The confusion matrix is the point of the app: it shows which kinds of source a learner takes
for which, so the results keep the raw (true label, chosen label) counts and also name the
biggest confusion so the screen can say it in one sentence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from quizapp.engine.responses import Response
from quizapp.engine.scoring import Verdict
from quizapp.model import QuizSet


@dataclass(frozen=True)
class Tally:
    """Earned out of possible: points for a tag, items for a label."""

    earned: float = 0.0
    possible: float = 0.0

    @property
    def fraction(self) -> float:
        return self.earned / self.possible if self.possible else 0.0

    def plus(self, earned: float, possible: float) -> Tally:
        return Tally(self.earned + earned, self.possible + possible)


@dataclass(frozen=True)
class Confusion:
    """``count`` classify items whose true label is ``true_label`` were given ``chosen_label``."""

    true_label: str
    chosen_label: str
    count: int


@dataclass(frozen=True)
class Results:
    """Everything the results screen shows, computed once from the verdicts."""

    set_id: str
    earned: float
    possible: float
    pass_mark: float
    verdicts: tuple[Verdict, ...]
    by_tag: Mapping[str, Tally]
    by_label: Mapping[str, Tally]
    label_ids: tuple[str, ...]
    confusion_counts: Mapping[tuple[str, str | None], int]
    responses: Mapping[str, Response] = field(default_factory=dict)

    @classmethod
    def build(
        cls, quiz: QuizSet, verdicts: Iterable[Verdict], responses: Mapping[str, Response]
    ) -> Results:
        verdicts = tuple(verdicts)
        tags = {question.id: question.skills for question in quiz.questions}
        confusion: Counter[tuple[str, str | None]] = Counter()
        for verdict in verdicts:
            confusion.update(verdict.confusions)
        return cls(
            set_id=quiz.id,
            earned=sum(verdict.points for verdict in verdicts),
            possible=quiz.total_points,
            pass_mark=quiz.settings.pass_mark,
            verdicts=verdicts,
            by_tag=_by_tag(verdicts, tags),
            by_label=_by_label(confusion),
            label_ids=tuple(label.id for label in quiz.labels),
            confusion_counts=dict(confusion),
            responses=dict(responses),
        )

    @property
    def score(self) -> float:
        """Points earned over points possible in the whole set (unanswered questions count 0)."""
        return self.earned / self.possible if self.possible else 0.0

    @property
    def passed(self) -> bool:
        return self.score >= self.pass_mark - 1e-9

    @property
    def missed(self) -> tuple[str, ...]:
        """Ids of the questions not fully right, in the order they were answered."""
        return tuple(verdict.question_id for verdict in self.verdicts if not verdict.correct)

    @property
    def has_classify(self) -> bool:
        return bool(self.confusion_counts)

    def confusion_matrix(self) -> list[list[int]]:
        """Rows: true label; columns: chosen label; both in the set's label order."""
        return [
            [self.confusion_counts.get((truth, chosen), 0) for chosen in self.label_ids]
            for truth in self.label_ids
        ]

    def unanswered_items(self, true_label: str) -> int:
        """Items of this true label left without a label (they are not in the matrix)."""
        return self.confusion_counts.get((true_label, None), 0)

    def biggest_confusion(self) -> Confusion | None:
        """The most frequent wrong (true, chosen) pair; ties go to the set's label order."""
        best: Confusion | None = None
        for truth in self.label_ids:
            for chosen in self.label_ids:
                count = self.confusion_counts.get((truth, chosen), 0)
                if truth != chosen and count and (best is None or count > best.count):
                    best = Confusion(truth, chosen, count)
        return best


def _by_tag(verdicts: tuple[Verdict, ...], tags: Mapping[str, list[str]]) -> dict[str, Tally]:
    tallies: dict[str, Tally] = {}
    for verdict in verdicts:
        for tag in tags.get(verdict.question_id, []):
            tallies[tag] = tallies.get(tag, Tally()).plus(verdict.points, verdict.possible)
    return tallies


def _by_label(confusion: Mapping[tuple[str, str | None], int]) -> dict[str, Tally]:
    tallies: dict[str, Tally] = {}
    for (truth, chosen), count in confusion.items():
        right = count if truth == chosen else 0
        tallies[truth] = tallies.get(truth, Tally()).plus(right, count)
    return tallies


def describe_confusion(
    confusion: Confusion, label_name: Mapping[str, str], template: str | None = None
) -> str:
    """Say the confusion in a sentence; the UI passes a translated ``template``.

    The template receives ``{count}``, ``{true}`` and ``{chosen}`` (label names).
    """
    if template is None:
        template = (
            "{count} claim from {true} taken for {chosen}"
            if confusion.count == 1
            else "{count} claims from {true} taken for {chosen}"
        )
    return template.format(
        count=confusion.count,
        true=label_name.get(confusion.true_label, confusion.true_label),
        chosen=label_name.get(confusion.chosen_label, confusion.chosen_label),
    )
