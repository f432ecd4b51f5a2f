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
from quizapp.model.wording import printable
from quizapp.sets.catalog import say


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


@dataclass(frozen=True)
class QuestionNote:
    """A line of the export report about one question, its id and what befell it kept apart:
    the command prints « id: text », the window names the question as the teacher sees it
    (its number and prompt) without reading the id back out of the text."""

    question_id: str
    text: str

    def __str__(self) -> str:
        return say("report_question_line", "{id}: {text}", id=self.question_id, text=self.text)


@dataclass
class ExportReport:
    """What went to the Moodle file, what could not, and what changed on the way; a note is
    about one question, or a located line of the set's file (a plain string)."""

    target: str
    file_format: str
    exported: list[str] = field(default_factory=list)
    skipped: list[QuestionNote] = field(default_factory=list)
    notes: list[QuestionNote | str] = field(default_factory=list)

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
        return [printable(line) for line in out]


def moodle_category(title: str) -> str:
    """The category path of a set in Moodle: a ``/`` of the title is written ``//``, Moodle's
    escape, or Moodle would make a sub-category of what follows it."""
    return "$course$/top/" + " ".join(title.split()).replace("/", "//")


def format_percent(percent: float) -> str:
    """Five decimals, as Moodle writes weights such as 33.33333, without trailing zeros."""
    return f"{percent:.5f}".rstrip("0").rstrip(".")


def to_moodle(quizset: QuizSet, report: ExportReport) -> list[MoodleQuestion]:
    """Every question Moodle can hold, in set order; the others are named in the report."""
    converted = []
    if quizset.article is not None:
        report.notes.append(_article_stays())
    for question in quizset.questions:
        reason = _not_expressible(question)
        if reason:
            report.skipped.append(QuestionNote(question.id, reason))
            continue
        converted.append(_convert(quizset, question, report))
        report.notes += _not_kept(question)
        report.exported.append(question.id)
    return converted


def _article_stays() -> str:
    """The questions speak of the article, which Moodle does not get: said first, with what
    to do, or her students there answer about a text they cannot see (teacher52)."""
    return say(
        "export_article",
        "The article does not go to Moodle, yet its questions speak of it: add it to the "
        "course (a Page or the quiz's description) for students; the passages shown as "
        "evidence do not go either",
    )


def _not_kept(question: Question) -> list[QuestionNote]:
    """What goes to Moodle but does not work there as in quizapp."""
    notes = []
    options = getattr(question, "options", [])
    pinned = [option.text for option in options if option.pin]
    if pinned:
        text = say(
            "export_pin",
            "Moodle shuffles all the options; 'pin: true' of '{text}' is not kept",
            text=pinned[0],
        )
        notes.append(QuestionNote(question.id, text))
    if isinstance(question, Classify) and any(item.explanation for item in question.items):
        text = say(
            "export_claim_explanations",
            "the claims' own explanations are not exported (a Moodle matching "
            "question has none); the question's explanation is exported",
        )
        notes.append(QuestionNote(question.id, text))
    return notes


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
    if question.scoring == "all_or_nothing":
        text = say(
            "export_all_or_nothing", "all-or-nothing scoring becomes Moodle's partial credit"
        )
        report.notes.append(QuestionNote(question.id, text))
    return [
        MoodleChoice(option.text, share if option.correct else -share, option.feedback or "")
        for option in question.options
    ]
