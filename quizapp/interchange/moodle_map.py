"""How each quizapp question becomes a Moodle question, shared by the GIFT and XML writers.

Moodle has no "classify" type: a classify question becomes a matching question whose left
side is the claims and whose right side is the label names (every label of the set, so the
learner still chooses among all of them). Moodle scores a multiple-response question by
answer weights; giving each right option 100/n % and each wrong one -100/n % (n = number of
right options) reproduces quizapp's partial scoring exactly. Locate questions need the article
on screen and have no Moodle counterpart: they are reported, not exported.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quizapp.model import (
    Classify,
    Locate,
    Match,
    MultipleChoice,
    Question,
    QuizSet,
    SingleChoice,
    TrueFalse,
)
from quizapp.sets.catalog import say

# The answer weights Moodle accepts (its grade list); others are refused on import.
_MOODLE_FRACTIONS = (1.0, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333)
_MOODLE_FRACTIONS += (0.3, 0.25, 0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05)


@dataclass(frozen=True)
class MoodleChoice:
    text: str
    percent: float
    feedback: str = ""


@dataclass
class MoodleQuestion:
    """A question in Moodle's terms: one of multichoice, truefalse or matching."""

    kind: str
    name: str
    text: str
    general_feedback: str
    points: float
    single: bool = True
    answers: list[MoodleChoice] = field(default_factory=list)
    truth: bool = True
    pairs: list[tuple[str, str]] = field(default_factory=list)
    extra_choices: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


@dataclass
class ExportReport:
    """What went to the Moodle file, what could not, and what changed on the way."""

    target: str
    file_format: str
    exported: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [
            say(
                "report_export_head",
                "{target}: written as {format}: {exported} question(s) exported, "
                "{skipped} not expressible",
                target=self.target,
                format=self.file_format,
                exported=len(self.exported),
                skipped=len(self.skipped),
            )
        ]
        out += [
            "  " + say("report_not_exported", "not exported {what}", what=s) for s in self.skipped
        ]
        out += ["  " + say("report_note", "note: {note}", note=note) for note in self.notes]
        return out


def format_percent(percent: float) -> str:
    """Five decimals, as Moodle writes weights such as 33.33333, without trailing zeros."""
    return f"{percent:.5f}".rstrip("0").rstrip(".")


def to_moodle(quizset: QuizSet, report: ExportReport) -> list[MoodleQuestion]:
    """Every question Moodle can hold, in set order; the others are named in the report."""
    converted = []
    for question in quizset.questions:
        reason = _not_expressible(question)
        if reason:
            report.skipped.append(f"{question.id}: {reason}")
            continue
        converted.append(_convert(quizset, question, report))
        report.exported.append(question.id)
    return converted


def _not_expressible(question: Question) -> str:
    if isinstance(question, Locate):
        return say(
            "export_locate", "locate questions need the article on screen; Moodle has no such type"
        )
    if isinstance(question, Classify) and len(question.items) < 2:
        return say("export_one_claim", "a Moodle matching question needs at least two claims")
    return ""


def _convert(quizset: QuizSet, question: Question, report: ExportReport) -> MoodleQuestion:
    base = MoodleQuestion(
        "", question.id, question.prompt, question.explanation, float(question.points)
    )
    base.tags = list(question.tags)
    if isinstance(question, SingleChoice):
        base.kind = "multichoice"
        base.answers = [
            MoodleChoice(option.text, 100.0 if option.correct else 0.0, option.feedback or "")
            for option in question.options
        ]
    elif isinstance(question, MultipleChoice):
        base.kind, base.single = "multichoice", False
        base.answers = _weighted_answers(question, report)
    elif isinstance(question, TrueFalse):
        base.kind, base.truth = "truefalse", question.answer
    elif isinstance(question, Match):
        base.kind = "matching"
        base.pairs = [(pair.left, pair.right) for pair in question.pairs]
        base.extra_choices = list(question.distractors)
    elif isinstance(question, Classify):
        base.kind = "matching"
        base.pairs = [(item.claim, quizset.label(item.label).name) for item in question.items]
        used = {right for _, right in base.pairs}
        base.extra_choices = [label.name for label in quizset.labels if label.name not in used]
    return base


def _weighted_answers(question: MultipleChoice, report: ExportReport) -> list[MoodleChoice]:
    right_count = sum(option.correct for option in question.options)
    share = 100.0 / right_count
    if not any(abs(share / 100 - allowed) < 1e-5 for allowed in _MOODLE_FRACTIONS):
        report.notes.append(
            say(
                "export_weight_off_list",
                "{id}: {count} right options make a weight of {percent}%, which Moodle's grade "
                "list does not hold",
                id=question.id,
                count=right_count,
                percent=format_percent(share),
            )
        )
    if question.scoring == "all_or_nothing":
        report.notes.append(
            say(
                "export_all_or_nothing",
                "{id}: all-or-nothing scoring becomes Moodle's partial credit",
                id=question.id,
            )
        )
    return [
        MoodleChoice(option.text, share if option.correct else -share, option.feedback or "")
        for option in question.options
    ]
