"""Reading GIFT, Moodle's plain-text question format, the way Moodle's own importer reads it.

Moodle splits a file into questions at blank lines, drops ``//`` comment lines, takes the text
between ``::`` as the name and the first ``{...}`` as the answers, and tells the question type
from the answers alone (``~`` multiple choice, ``=``+``->`` matching, ``T``/``FALSE`` true/false,
``#`` numerical, nothing at all an essay). The same order of tests is kept here so that a file
means what it means in Moodle. Types quizapp has no counterpart for are reported, not dropped.
"""

from __future__ import annotations

from pathlib import Path

from quizapp.interchange.bank import (
    Draft,
    ParsedBank,
    checkpoint,
    right_feedback_note,
    weights_note,
)
from quizapp.interchange.gift_blocks import (
    TRUE_FALSE,
    Block,
    QuestionParts,
    name_at,
    question_blocks,
    question_type,
    split_general_feedback,
)
from quizapp.interchange.gift_text import (
    MoodleAnswer,
    read_formatted,
    release_escapes,
    split_answers,
)
from quizapp.sets.catalog import say
from quizapp.sets.errors import LoadError, LocatedProblem

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


class _GiftReader:
    """Reads the blocks of one file into a bank, collecting every syntax error on the way."""

    def __init__(self, path: Path) -> None:
        self.path = str(path)
        self.bank = ParsedBank()
        self.problems: list[LocatedProblem] = []
        self.category_tag: str | None = None

    def error(self, block: Block, offset: int, message: str) -> None:
        line, col = block.line_col(offset)
        self.problems.append(LocatedProblem(self.path, line, col, message))

    def read(self, block: Block) -> None:
        text = block.text
        if not text.strip():
            return
        start = len(text) - len(text.lstrip())
        if text.startswith("$CATEGORY:", start):
            self.category_tag = self.bank.read_category(release_escapes(text[start + 10 :]))
            return
        name, start = name_at(text, start)
        opening, closing = text.find("{", start), text.find("}", start)
        if opening < 0 and closing < 0:
            self.skip(block, name, "description")
            return
        if not self._braces_ok(block, text, opening, closing):
            return
        question = QuestionParts(name, text[start:opening], text[opening + 1 : closing])
        question.tail = text[closing + 1 :]
        self.read_question(block, question, opening)

    def _braces_ok(self, block: Block, text: str, opening: int, closing: int) -> bool:
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

    def skip(self, block: Block, name: str | None, kind: str, reason: str = "") -> None:
        shown_kind = "short answer" if kind == "shortanswer" else kind
        self.bank.skip(name, block.first_line, shown_kind, reason or _unsupported(kind))

    def read_question(self, block: Block, parts: QuestionParts, opening: int) -> None:
        answers, general = split_general_feedback(parts.answers)
        kind = question_type(answers)
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

    def choice(self, block: Block, draft: Draft, pieces: list[MoodleAnswer], fmt: str) -> bool:
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

    def match(self, block: Block, draft: Draft, pieces: list[MoodleAnswer], fmt: str) -> bool:
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

    def true_false(self, block: Block, draft: Draft, pieces: list[MoodleAnswer], fmt: str) -> bool:
        answer_text, *feedbacks = pieces[0].raw.split("#", 2)
        answer = read_formatted(answer_text.strip(), fmt).text
        wrong, right = (read_formatted(f.strip(), fmt) for f in [*feedbacks, "", ""][:2])
        draft.data.update(type="true_false", answer=TRUE_FALSE[answer])
        explanation = "\n\n".join(filter(None, [wrong.text, draft.data.get("explanation")]))
        if explanation:
            draft.data["explanation"] = explanation
        if right.text:
            draft.notes.append(right_feedback_note(right.text))
        return True


def _short_answer_hint(answers: str, kind: str) -> str:
    head = answers.split("#", 1)[0].strip()
    if kind == "shortanswer" and head.upper() in TRUE_FALSE:
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
    for block in question_blocks(text.lstrip("\ufeff")):
        checkpoint()
        reader.read(block)
    if reader.problems:
        raise LoadError(reader.problems)
    return reader.bank
