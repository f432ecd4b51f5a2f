"""Reading Aiken, the simplest format Moodle imports: single-answer multiple choice only.

A question is its text, then lettered options (``A.`` or ``A)``), then ``ANSWER: B``. Teachers
often write these by hand or paste them from a word processor, so option letters are case
sensitive as in Moodle but the spacing around them is forgiven.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from quizapp.interchange.bank import Draft, ParsedBank, checkpoint
from quizapp.interchange.plaintext import split_lines
from quizapp.sets.catalog import say
from quizapp.sets.errors import LoadError, LocatedProblem

_OPTION = re.compile(r"^([A-Z])[.)]\s+(.*)$")
_ANSWER = re.compile(r"^ANSWER\s*:\s*(.*)$")


@dataclass
class _Pending:
    """The question being read: its text lines and its options so far."""

    line: int = 0
    prompt: list[str] = field(default_factory=list)
    options: dict[str, str] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not self.prompt and not self.options


class _AikenReader:
    def __init__(self, path: Path) -> None:
        self.path = str(path)
        self.bank = ParsedBank()
        self.problems: list[LocatedProblem] = []
        self.pending = _Pending()

    def error(self, line: int, message: str) -> None:
        self.problems.append(LocatedProblem(self.path, line, 1, message))

    def feed(self, number: int, line: str) -> None:
        if not line:
            if self.pending.options:  # a blank line after options ends an unanswered question
                self.close()
            return
        option, answer = _OPTION.match(line), _ANSWER.match(line)
        if self.pending.empty:
            self.pending.line = number
        if answer:
            self.finish(number, answer.group(1).strip())
        elif option and self.pending.prompt:
            self.add_option(number, option.group(1), option.group(2).strip())
        elif self.pending.options:
            message = say(
                "aiken_expected_option",
                "expected an option such as 'B. text' or the line 'ANSWER: B'",
            )
            self.error(number, message)
        else:
            self.pending.prompt.append(line)

    def add_option(self, number: int, letter: str, text: str) -> None:
        if letter in self.pending.options:
            message = say(
                "aiken_option_twice",
                "option {letter} is given twice in this question",
                letter=letter,
            )
            self.error(number, message)
        self.pending.options[letter] = text

    def finish(self, number: int, letter: str) -> None:
        pending, self.pending = self.pending, _Pending()
        if not pending.prompt or len(pending.options) < 2:
            message = say(
                "aiken_answer_early",
                "an 'ANSWER:' line must follow a question and at least two options",
            )
            self.error(number, message)
        elif letter not in pending.options:
            letters = ", ".join(pending.options)
            message = say(
                "aiken_answer_unknown",
                "ANSWER: '{letter}' is not one of the options ({letters})",
                letter=letter,
                letters=letters,
            )
            self.error(number, message)
        else:
            self.bank.drafts.append(_draft(pending, letter, len(self.bank.drafts) + 1))

    def close(self) -> None:
        if not self.pending.empty:
            message = say(
                "aiken_no_answer", "this question has no 'ANSWER: X' line after its options"
            )
            self.error(self.pending.line, message)
        self.pending = _Pending()


def _draft(pending: _Pending, right: str, number: int) -> Draft:
    options = [
        {"text": text, "correct": letter == right} for letter, text in pending.options.items()
    ]
    prompt = "\n".join(pending.prompt)
    data = {"type": "single_choice", "prompt": prompt, "options": options}
    return Draft(None, number, pending.line, data)


def read_aiken(text: str, path: Path) -> ParsedBank:
    """Parse Aiken text; raise LoadError naming the line of every problem found."""
    reader = _AikenReader(path)
    lines = split_lines(text.lstrip("\ufeff"))
    for number, line in enumerate(lines, start=1):
        if number % 256 == 0:
            checkpoint()
        reader.feed(number, line.strip())
    reader.close()
    if reader.problems:
        raise LoadError(reader.problems)
    return reader.bank


def looks_like_aiken(text: str) -> bool:
    """True for a text file whose questions end in ``ANSWER:`` lines and hold no GIFT braces."""
    lines = [line.strip() for line in split_lines(text)]
    has_answer = any(_ANSWER.match(line) for line in lines)
    return has_answer and "{" not in text
