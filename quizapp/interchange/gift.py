"""Reading GIFT, Moodle's plain-text question format, the way Moodle's own importer reads it.

Moodle splits a file into questions at blank lines, drops ``//`` comment lines, takes the text
between ``::`` as the name and the first ``{...}`` as the answers, and tells the question type
from the answers alone (``~`` multiple choice, ``=``+``->`` matching, ``T``/``FALSE`` true/false,
``#`` numerical, nothing at all an essay). The same order of tests is kept here so that a file
means what it means in Moodle. Types quizapp has no counterpart for are reported, not dropped.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from pathlib import Path

from quizapp.interchange.bank import (
    Draft,
    ParsedBank,
    category_tag,
    checkpoint,
    right_feedback_note,
    weights_note,
)
from quizapp.interchange.gift_text import (
    MoodleAnswer,
    protect_escapes,
    read_formatted,
    release_escapes,
    split_answers,
)
from quizapp.interchange.plaintext import slugify, split_lines
from quizapp.sets.catalog import say
from quizapp.sets.errors import LoadError, LocatedProblem

_TRUE_FALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}
# What follows a closing brace in files made from PHP string literals, such as Moodle's own
# fixture: quotes and a semicolon are not a missing-word sentence, so they are ignored.
_STRAY_TAIL = re.compile(r"^[\s\"';]*$")
_TAG = re.compile(r"\[tag:([^\]]*)\]")
_UNSUPPORTED = ("description", "essay", "numerical", "shortanswer")


def _unsupported(kind: str) -> str:
    """Why a GIFT question of ``kind`` cannot come in."""
    if kind == "description":
        return say("gift_description", "a description has no answer to give")
    if kind == "essay":
        return say("gift_essay", "quizapp has no free-text (essay) questions")
    if kind == "numerical":
        return say("gift_numerical", "quizapp has no numerical questions")
    return say("gift_shortanswer", "quizapp has no typed-answer (short answer) questions")


@dataclass
class _Block:
    """The lines of one question, trimmed as Moodle trims them, with their place in the file."""

    starts: list[tuple[int, int, int]] = field(default_factory=list)  # offset, line, indent
    parts: list[str] = field(default_factory=list)
    offsets: list[int] = field(default_factory=list)  # the starts' offsets, for bisect
    length: int = 0  # of the text so far: a question of 100k lines is read in linear time
    tags: list[str] = field(default_factory=list)  # from '// [tag:...]' lines, as Moodle 4.5

    def add(self, number: int, raw: str) -> None:
        line = raw.strip()
        self.starts.append((self.length, number, len(raw) - len(raw.lstrip())))
        self.offsets.append(self.length)
        part = " " if line.startswith("//") else line
        self.parts.append(part)
        self.length += len(part) + 1
        if line.startswith("//"):
            self.tags += [slugify(tag) for tag in _TAG.findall(line) if slugify(tag)]

    @property
    def text(self) -> str:
        return protect_escapes("\n".join(self.parts))

    @property
    def first_line(self) -> int:
        """The first line that is not a comment: where the question itself begins."""
        lines = zip(self.starts, self.parts, strict=True)
        return next((number for (_, number, _), part in lines if part != " "), self.starts[0][1])

    def line_col(self, offset: int) -> tuple[int, int]:
        index = max(0, bisect.bisect_right(self.offsets, offset) - 1)
        start, number, indent = self.starts[index]
        return number, offset - start + indent + 1


def _blocks(text: str) -> list[_Block]:
    blocks: list[_Block] = []
    current = _Block()
    for number, raw in enumerate(split_lines(text), start=1):
        if raw.strip():
            current.add(number, raw)
        elif current.parts:
            blocks.append(current)
            current = _Block()
    if current.parts:
        blocks.append(current)
    return blocks


class _GiftReader:
    """Reads the blocks of one file into a bank, collecting every syntax error on the way."""

    def __init__(self, path: Path) -> None:
        self.path = str(path)
        self.bank = ParsedBank()
        self.problems: list[LocatedProblem] = []
        self.category_tag: str | None = None

    def error(self, block: _Block, offset: int, message: str) -> None:
        line, col = block.line_col(offset)
        self.problems.append(LocatedProblem(self.path, line, col, message))

    def read(self, block: _Block) -> None:
        text = block.text
        if not text.strip():
            return
        start = len(text) - len(text.lstrip())
        if text.startswith("$CATEGORY:", start):
            self.category_tag = category_tag(release_escapes(text[start + 10 :]))
            return
        name, start = _name(text, start)
        opening, closing = text.find("{", start), text.find("}", start)
        if opening < 0 and closing < 0:
            self.skip(block, name, "description")
            return
        if not self._braces_ok(block, text, opening, closing):
            return
        question = _Parts(name, text[start:opening], text[opening + 1 : closing])
        question.tail = text[closing + 1 :]
        self.read_question(block, question, opening)

    def _braces_ok(self, block: _Block, text: str, opening: int, closing: int) -> bool:
        if closing < 0:
            self.error(
                block,
                opening,
                say(
                    "gift_unclosed",
                    "the answers opened here with '{{' are never closed with '}}' (a question "
                    "must not contain a blank line)",
                ),
            )
            return False
        if opening < 0 or closing < opening:
            message = say(
                "gift_stray_close", "this '}}' closes no '{{' (write \\}} for a literal brace)"
            )
            self.error(block, closing, message)
            return False
        extra = text.find("{", opening + 1)
        if extra >= 0:
            message = say(
                "gift_two_blocks",
                "a question has one {{...}} block of answers; write \\{{ for a brace",
            )
            self.error(block, extra, message)
            return False
        return True

    def skip(self, block: _Block, name: str | None, kind: str, reason: str = "") -> None:
        shown_kind = "short answer" if kind == "shortanswer" else kind
        self.bank.skip(name, block.first_line, shown_kind, reason or _unsupported(kind))

    def read_question(self, block: _Block, parts: _Parts, opening: int) -> None:
        answers, general = _general_feedback(parts.answers)
        kind = _question_type(answers)
        if kind in _UNSUPPORTED:
            self.skip(block, parts.name, kind, _short_answer_hint(answers, kind))
            return
        prompt = read_formatted(parts.prompt_source())
        feedback = read_formatted(general, prompt.fmt)
        number = self.bank.next_number
        draft = Draft(parts.name, number, block.first_line, {"prompt": prompt.text})
        draft.notes += parts.notes() + prompt.notes + feedback.notes
        if feedback.text:
            draft.data["explanation"] = feedback.text
        tags = [*block.tags, *([self.category_tag] if self.category_tag else [])]
        if tags:
            draft.data["tags"] = list(dict.fromkeys(tags))
        pieces = split_answers(answers, opening + 1 + parts.answers.find(answers), kind)
        fill = {"multichoice": self.choice, "match": self.match, "truefalse": self.true_false}
        if fill[kind](block, draft, pieces, prompt.fmt):
            self.bank.drafts.append(draft)

    def choice(self, block: _Block, draft: Draft, pieces: list[MoodleAnswer], fmt: str) -> bool:
        if len(pieces) < 2:
            message = say("gift_two_answers", "a choice needs two answers")
            self.error(block, pieces[0].offset if pieces else 0, message)
            return False
        single = any(piece.marker == "=" for piece in pieces)
        options = [piece.option(fmt, single) for piece in pieces]
        draft.data["options"] = [option for option, _ in options]
        draft.notes += [note for _, notes in options for note in notes]
        draft.data["type"] = "single_choice" if single else "multiple_choice"
        note = None if single else weights_note([piece.weight * 100 for piece in pieces])
        if note:
            draft.notes.append(note)
        return True

    def match(self, block: _Block, draft: Draft, pieces: list[MoodleAnswer], fmt: str) -> bool:
        bad = [piece for piece in pieces if "->" not in piece.raw]
        for piece in bad:
            message = say("gift_match_form", "a matching answer is written '=left -> right'")
            self.error(block, piece.offset, message)
        if bad:
            return False
        pairs, extras = [], []
        for piece in pieces:
            left_source, right = piece.raw.split("->", 1)
            left = read_formatted(left_source.strip(), fmt)
            draft.notes += left.notes
            right_text = release_escapes(right).strip()
            if left.text:
                pairs.append({"left": left.text, "right": right_text})
            else:
                extras.append(right_text)
        rights = {pair["right"] for pair in pairs}
        draft.data.update(type="match", pairs=pairs)
        draft.data["distractors"] = [x for x in dict.fromkeys(extras) if x not in rights]
        return True

    def true_false(self, block: _Block, draft: Draft, pieces: list[MoodleAnswer], fmt: str) -> bool:
        answer_text, *feedbacks = pieces[0].raw.split("#", 2)
        answer = read_formatted(answer_text.strip(), fmt).text
        wrong, right = (read_formatted(f.strip(), fmt) for f in [*feedbacks, "", ""][:2])
        draft.data.update(type="true_false", answer=_TRUE_FALSE[answer])
        explanation = "\n\n".join(filter(None, [wrong.text, draft.data.get("explanation")]))
        if explanation:
            draft.data["explanation"] = explanation
        if right.text:
            draft.notes.append(right_feedback_note(right.text))
        return True


@dataclass
class _Parts:
    """A question cut at its braces: name, text before, answers, and whatever follows them."""

    name: str | None
    before: str
    answers: str
    tail: str = ""

    def prompt_source(self) -> str:
        """Moodle's rule: text after the braces makes a missing-word question with a blank."""
        if _STRAY_TAIL.match(self.tail):
            return self.before.strip()
        return f"{self.before}_____{self.tail}".strip()

    def notes(self) -> list[str]:
        if not self.tail.strip():
            return []
        if _STRAY_TAIL.match(self.tail):
            return [
                say("gift_tail", "ignored '{tail}' after the closing brace", tail=self.tail.strip())
            ]
        return [
            say(
                "gift_missing_word",
                "missing-word question: the blank _____ stands where the answers were",
            )
        ]


def _name(text: str, start: int) -> tuple[str | None, int]:
    if not text.startswith("::", start):
        return None, start
    end = text.find("::", start + 2)
    if end < 0:
        return None, start + 2
    return release_escapes(text[start + 2 : end]).strip() or None, end + 2


def _general_feedback(answers: str) -> tuple[str, str]:
    at = answers.rfind("####")
    if at < 0:
        return answers.strip(), ""
    return answers[:at].strip(), answers[at + 4 :].strip()


def _question_type(answers: str) -> str:
    """Moodle's order of tests, which decides what an ambiguous answer block means."""
    if not answers:
        return "essay"
    if answers.startswith("#"):
        return "numerical"
    if "~" in answers:
        return "multichoice"
    if "=" in answers and "->" in answers:
        return "match"
    head = answers.split("#", 1)[0].strip() if answers.find("#") > 0 else answers
    return "truefalse" if head in _TRUE_FALSE else "shortanswer"


def _short_answer_hint(answers: str, kind: str) -> str:
    head = answers.split("#", 1)[0].strip()
    if kind == "shortanswer" and head.upper() in _TRUE_FALSE:
        return say(
            "gift_true_false_capitals",
            "{reason} (for true/false write {word} in capitals)",
            reason=_unsupported(kind),
            word=head.upper(),
        )
    return ""


def read_gift(text: str, path: Path) -> ParsedBank:
    """Parse GIFT text; raise LoadError naming the line of every syntax error found."""
    reader = _GiftReader(path)
    for block in _blocks(text.lstrip("\ufeff")):
        checkpoint()
        reader.read(block)
    if reader.problems:
        raise LoadError(reader.problems)
    return reader.bank
