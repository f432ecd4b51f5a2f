"""What every importer hands back: draft questions, the ones it could not take, and why.

The GIFT, Moodle XML and Aiken readers only parse; turning their drafts into a valid set (ids,
checks, the report a teacher reads) is done once, here, so that the three formats behave alike:
a question quizapp cannot represent is named in the report, never dropped in silence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from quizapp.interchange.categories import category_name, category_tag, moodle_default_category
from quizapp.interchange.plaintext import slugify, unique_slugs
from quizapp.model import SCHEMA_VERSION, Question, QuizSet
from quizapp.model.wording import printable
from quizapp.sets.catalog import say
from quizapp.sets.errors import StoreError
from quizapp.sets.explain.messages import describe_error

_QUESTION_ADAPTER: TypeAdapter[Any] = TypeAdapter(Question)
_should_stop: ContextVar[Callable[[], bool] | None] = ContextVar("should_stop", default=None)


class ImportCancelled(StoreError):
    """The import was stopped on request (Cancel, or the app quitting) before it ended."""


@contextmanager
def stoppable(should_stop: Callable[[], bool] | None) -> Iterator[None]:
    """Within this block, ``checkpoint`` raises ``ImportCancelled`` once ``should_stop()``."""
    token = _should_stop.set(should_stop)
    try:
        yield
    finally:
        _should_stop.reset(token)


def checkpoint() -> None:
    """Called by the readers between questions: a cancelled import stops within milliseconds."""
    should_stop = _should_stop.get()
    if should_stop is not None and should_stop():
        raise ImportCancelled("the import was cancelled")


@dataclass
class Draft:
    """One question read from a foreign file, in quizapp's field names but still without an id."""

    name: str | None
    number: int
    line: int | None
    data: dict[str, Any]
    notes: list[str] = field(default_factory=list)

    def label(self) -> str:
        """How the report names this question: its own name, else its number; and its line."""
        return question_label(self.name, self.number, self.line)


def right_feedback_note(text: str) -> str:
    """Moodle's feedback on a right answer; quizapp shows one explanation to everyone."""
    return say(
        "import_right_feedback", "the feedback for a right answer was left out: '{text}'", text=text
    )


def partial_credit_note(percent: str, text: str) -> str:
    """A single-answer question in quizapp is right or wrong: partial credit cannot stay."""
    return say(
        "import_partial_credit",
        "partial credit ({percent}) of '{text}' dropped",
        percent=percent,
        text=text,
    )


def weights_note(percents: list[float]) -> str | None:
    """Moodle's answer weights when they are not quizapp's equal shares, and what changes.

    quizapp scores a multiple-response question as (right picks - wrong picks) / right
    options: in Moodle's terms +100/n % for each right option and -100/n % for each wrong one.
    """
    right = sum(percent > 0 for percent in percents)
    if right == 0:
        return None
    share = 100 / right
    if all(abs(abs(percent) - share) < 0.01 for percent in percents):
        return None
    shown = ", ".join(f"{percent:g}%" for percent in percents)
    return say(
        "import_unequal_weights",
        "Moodle's weights ({weights}) become quizapp's equal shares (+{share}% for each right "
        "option, -{share}% for each wrong one): scores change",
        weights=shown,
        share=f"{share:.4g}",
    )


def question_label(name: str | None, number: int, line: int | None) -> str:
    shown = (
        f'"{name}"' if name else say("report_question_number", "question {number}", number=number)
    )
    return say("report_at_line", "{shown} (line {line})", shown=shown, line=line) if line else shown


@dataclass(frozen=True)
class SkippedQuestion:
    """A question of the source file that is not in the imported set."""

    name: str
    kind: str
    reason: str

    def __str__(self) -> str:
        return say(
            "report_skipped",
            "skipped {name}: {kind}: {reason}",
            name=self.name,
            kind=self.kind,
            reason=self.reason,
        )


@dataclass
class ParsedBank:
    """A parser's output: drafts in file order, skipped questions, and remarks on the whole file."""

    drafts: list[Draft] = field(default_factory=list)
    skipped: list[SkippedQuestion] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)

    def read_category(self, category: str) -> str | None:
        """The tag of a category the file switches to; its name is kept for the title."""
        name = category_name(category)
        if name and name not in self.categories:
            self.categories.append(name)
        return category_tag(category)

    @property
    def title(self) -> str | None:
        """The name of the file's one category: quizapp's export writes the set's title
        there, and a set imported back kept its file name's instead (teacher52). A bank of
        several categories has no one title: None; nor has Moodle's automatic category
        (« Default for 9B English », ``moodle_default_category``, review52)."""
        one = self.categories[0] if len(self.categories) == 1 else None
        return None if one is None or moodle_default_category(one) else one

    @property
    def next_number(self) -> int:
        """The position in the file of the next question read, counting skipped ones."""
        return len(self.drafts) + len(self.skipped) + 1

    def skip(self, name: str | None, line: int | None, kind: str, reason: str) -> None:
        label = question_label(name, self.next_number, line)
        self.skipped.append(SkippedQuestion(label, kind, reason))


@dataclass
class ImportReport:
    """What a teacher needs to know after an import: what came in, what did not, what changed."""

    source: str
    file_format: str
    imported: list[str] = field(default_factory=list)
    skipped: list[SkippedQuestion] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def lines(self, names: dict[str, str] | None = None) -> list[str]:
        """The report as lines of plain text, for the terminal or a message box; ``names``
        gives a question's id as the window shows it, never « classify-5 » (polish53)."""
        out = [
            say(
                "report_import_head",
                "{source}: read as {format}: {imported} question(s) imported, {skipped} skipped",
                source=self.source,
                format=self.file_format,
                imported=len(self.imported),
                skipped=len(self.skipped),
            )
        ]
        named = [(names or {}).get(q, q) for q in self.imported]
        out += ["  " + say("report_imported", "imported {id}", id=q) for q in named]
        out += [f"  {skipped}" for skipped in self.skipped]
        notes = [_named(note, names or {}) for note in self.notes]
        out += ["  " + say("report_note", "note: {note}", note=note) for note in notes]
        return [printable(line) for line in out]


def _named(note: str, names: dict[str, str]) -> str:
    """A note on one question (« classify-5: … », ``accept_drafts``), its question named as
    the window shows it when ``names`` knows its id."""
    question_id, colon, text = note.partition(": ")
    if not colon or question_id not in names:
        return note
    return say("report_question_line", "{id}: {text}", id=names[question_id], text=text)


@dataclass(frozen=True)
class ImportResult:
    quizset: QuizSet
    report: ImportReport


@dataclass(frozen=True)
class SetIdentity:
    """The set-level fields a foreign file does not carry: chosen from the file name or options."""

    id: str
    title: str
    language: str

    @classmethod
    def from_source(
        cls, path: Path, language: str, title: str | None = None, set_id: str | None = None
    ) -> SetIdentity:
        stem = path.name.split(".")[0] or path.stem
        words = stem.replace("_", " ").replace("-", " ").strip()
        chosen_title = (
            title or (words[:1].upper() + words[1:]) or say("imported_title", "Imported set")
        )
        return cls(set_id or slugify(stem) or "imported-set", chosen_title, language)


def accept_drafts(bank: ParsedBank, report: ImportReport) -> list[Question]:
    """Give each draft a unique id and keep those that make a valid quizapp question.

    A draft that breaks a rule of the format (two identical left-hand texts in a match, say) is
    moved to the skipped list with the validator's own words as the reason. The questions are
    handed back checked, so the set built from them is not checked again question by question
    (seconds for a large bank, during which Cancel could not be heard).
    """
    ids = unique_slugs([_id_source(draft) for draft in bank.drafts])
    accepted = []
    for draft, question_id in zip(bank.drafts, ids, strict=True):
        checkpoint()
        data = {"id": question_id, **draft.data}
        try:
            question = _QUESTION_ADAPTER.validate_python(data)
        except ValidationError as error:
            reason = "; ".join(describe_error(detail) for detail in error.errors())
            kind = str(draft.data.get("type", "question"))
            report.skipped.append(SkippedQuestion(draft.label(), kind, reason))
            continue
        accepted.append(question)
        report.imported.append(question_id)
        report.notes += [f"{question_id}: {note}" for note in draft.notes]
    return accepted


def _id_source(draft: Draft) -> str:
    """Moodle names an unnamed question after its first words; the id does the same."""
    return draft.name or " ".join(str(draft.data.get("prompt", "")).split()[:6])


def set_data(identity: SetIdentity, source: Path, questions: list[Question]) -> dict:
    """An imported set's fields, in the order a teacher reads a set file; the questions go in
    as checked models, which the set's own check takes as they are."""
    return {
        "schema_version": SCHEMA_VERSION,
        "id": identity.id,
        "title": identity.title,
        "language": identity.language,
        "description": say("imported_from", "Imported from {name}.", name=source.name),
        "questions": questions,
    }
