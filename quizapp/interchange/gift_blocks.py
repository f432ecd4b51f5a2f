"""GIFT text cut into questions the way Moodle cuts it, before any answer is read.

A file splits at blank lines into blocks (``//`` comments kept as blanks so columns stay right,
``// [tag:...]`` lines gathered as tags); a block's question splits at its braces into a name,
the text before, the answers and what follows; the answers alone decide the question type, in
Moodle's order of tests. ``gift`` reads each part into a draft question.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from quizapp.interchange.gift_text import protect_escapes, release_escapes
from quizapp.interchange.plaintext import slugify, split_lines
from quizapp.sets.catalog import say

TRUE_FALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}
# What follows a closing brace in files made from PHP string literals, such as Moodle's own
# fixture: quotes and a semicolon are not a missing-word sentence, so they are ignored.
_STRAY_TAIL = re.compile(r"^[\s\"';]*$")
_TAG = re.compile(r"\[tag:([^\]]*)\]")
# how a GIFT answer block opens: « {=Paris ~Lyon} », « {~…} », « {#42} », « {T} », « {FALSE} »
_ANSWERS = re.compile(r"\{\s*(?:[=~#]|(?:T|F|TRUE|FALSE)\s*(?:#[^{}]*)?\})")


@dataclass
class Block:
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


def question_blocks(text: str) -> list[Block]:
    """The file's questions: runs of non-blank lines, as Moodle splits a GIFT file."""
    blocks: list[Block] = []
    current = Block()
    for number, raw in enumerate(split_lines(text), start=1):
        if raw.strip():
            current.add(number, raw)
        elif current.parts:
            blocks.append(current)
            current = Block()
    if current.parts:
        blocks.append(current)
    return blocks


def looks_like_gift(text: str) -> bool:
    """True for a text most of whose questions (blocks between blank lines) hold a GIFT answer
    block: a bank saved as .txt, never an article, whose paragraphs have none."""
    blocks = [block.text for block in question_blocks(text) if block.text.strip()]
    answered = sum(1 for block in blocks if _ANSWERS.search(block))
    return answered > 0 and 2 * answered >= len(blocks)


@dataclass
class QuestionParts:
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


def name_at(text: str, start: int) -> tuple[str | None, int]:
    """The ``::name::`` at ``start`` (None without one) and where the text after it starts."""
    if not text.startswith("::", start):
        return None, start
    end = text.find("::", start + 2)
    if end < 0:
        return None, start + 2
    return release_escapes(text[start + 2 : end]).strip() or None, end + 2


def split_general_feedback(answers: str) -> tuple[str, str]:
    """The answers and the general feedback written after ``####`` at their end."""
    at = answers.rfind("####")
    if at < 0:
        return answers.strip(), ""
    return answers[:at].strip(), answers[at + 4 :].strip()


def question_type(answers: str) -> str:
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
    return "truefalse" if head in TRUE_FALSE else "shortanswer"
