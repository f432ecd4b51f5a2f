"""Writing Moodle questions out as GIFT text or as a Moodle XML question bank.

Both writers start from the same ``MoodleQuestion`` list (see ``moodle_map``), so the two files
hold the same questions with the same weights. Text is quizapp's plain text: GIFT escapes its
special characters, and XML carries it as HTML-escaped text with ``<br>`` for line breaks.
"""

from __future__ import annotations

import html
import re
from xml.etree import ElementTree

from quizapp.interchange.gift_text import escape_gift
from quizapp.interchange.moodle_map import (
    MoodleQuestion,
    QuestionNote,
    format_percent,
    moodle_category,
)
from quizapp.sets.catalog import say

_MARKUP_CHARS = ("<", "&")
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_FORMAT_MARKER = re.compile(r"^\[(html|moodle|plain|markdown)\]")


def _gift_text(text: str) -> str:
    """Escape GIFT syntax; a text that itself begins like a format marker is marked plain."""
    return ("[plain]" if _FORMAT_MARKER.match(text) else "") + escape_gift(text)


def _needs_plain_marker(question: MoodleQuestion) -> bool:
    """Moodle's default text format reads ``<`` and ``&`` as HTML; ``[plain]`` keeps them."""
    texts = [question.text, question.general_feedback, *question.extra_choices]
    texts += [answer.text + answer.feedback for answer in question.answers]
    texts += [left + right for left, right in question.pairs]
    return any(char in text for text in texts for char in _MARKUP_CHARS)


def _gift_answers(question: MoodleQuestion) -> list[str]:
    if question.kind == "truefalse":
        return ["TRUE" if question.truth else "FALSE"]
    if question.kind == "matching":
        lines = [f"={_gift_text(left)} -> {escape_gift(right)}" for left, right in question.pairs]
        return lines + [f"= -> {escape_gift(extra)}" for extra in question.extra_choices]
    lines = []
    for answer in question.answers:
        if question.single and not answer.text.startswith("%"):
            marker = "=" if answer.percent >= 100 else "~"
        else:
            marker = f"~%{format_percent(answer.percent)}%"
        feedback = f"#{_gift_text(answer.feedback)}" if answer.feedback else ""
        lines.append(f"{marker}{_gift_text(answer.text)}{feedback}")
    return lines


def gift_question(question: MoodleQuestion) -> str:
    """One GIFT question: a comment, ``::name::``, the text and the answer block."""
    marker = "[plain]" if _needs_plain_marker(question) else ""
    text = escape_gift(question.text) if marker else _gift_text(question.text)
    head = f"::{escape_gift(question.name)}::{marker}{text}"
    body = [f"\t{line}" for line in _gift_answers(question)]
    if question.general_feedback:
        body.append(f"\t####{_gift_text(question.general_feedback)}")
    comments = [f"// {question.kind}: {question.name}"]
    if question.tags:  # Moodle 4.5 writes and reads tags as such a comment line
        comments.append("// " + " ".join(f"[tag:{tag}]" for tag in question.tags))
    return "\n".join([*comments, head + "{", *body, "}"])


def gift_limits(questions: list[MoodleQuestion]) -> list[QuestionNote]:
    """What GIFT cannot carry although Moodle XML can: GIFT has no escape for ``->``, and a
    matching answer is cut at its first ``->``."""
    points = [
        QuestionNote(
            question.name,
            say(
                "export_gift_points",
                "GIFT has no place for points: Moodle will give it 1 point, not {points}; "
                "export to moodle-xml to keep them",
                points=f"{question.points:g}",
            ),
        )
        for question in questions
        if question.points != 1
    ]
    return points + [
        QuestionNote(
            question.name,
            say(
                "export_gift_arrow",
                "the left-hand text '{left}' contains '->', which GIFT cannot carry "
                "(Moodle would cut it there); export to moodle-xml instead",
                left=left,
            ),
        )
        for question in questions
        for left, _ in question.pairs
        if "->" in left
    ]


def write_gift(questions: list[MoodleQuestion], category: str) -> str:
    """A whole GIFT file: the category line, then the questions separated by blank lines."""
    parts = [f"$CATEGORY: {moodle_category(category)}"]  # Moodle reads this line unescaped
    parts += [gift_question(question) for question in questions]
    return "\n\n".join(parts) + "\n"


def _html(text: str) -> str:
    """HTML-escaped text; control characters XML cannot carry (pasted from a word processor)
    are removed, since a single one would make the whole bank unreadable."""
    text = _XML_ILLEGAL.sub("", text)
    return html.escape(text, quote=False).replace("\n", "<br>\n")


def _text_field(parent: ElementTree.Element, tag: str, text: str, fmt: str = "html") -> None:
    element = ElementTree.SubElement(parent, tag, {"format": fmt} if fmt else {})
    ElementTree.SubElement(element, "text").text = (
        _html(text) if fmt == "html" else _XML_ILLEGAL.sub("", text)
    )


def _xml_answers(element: ElementTree.Element, question: MoodleQuestion) -> None:
    if question.kind == "truefalse":
        for value in ("true", "false"):
            right = (value == "true") == question.truth
            answer = ElementTree.SubElement(element, "answer", fraction="100" if right else "0")
            answer.set("format", "moodle_auto_format")
            ElementTree.SubElement(answer, "text").text = value
            _text_field(answer, "feedback", "")
        return
    if question.kind == "matching":
        rows = [*question.pairs, *(("", extra) for extra in question.extra_choices)]
        for left, right in rows:
            sub = ElementTree.SubElement(element, "subquestion", format="html")
            ElementTree.SubElement(sub, "text").text = _html(left)
            _text_field(sub, "answer", right, fmt="")
        return
    for choice in question.answers:
        answer = ElementTree.SubElement(element, "answer", fraction=format_percent(choice.percent))
        answer.set("format", "html")
        ElementTree.SubElement(answer, "text").text = _html(choice.text)
        _text_field(answer, "feedback", choice.feedback)


def _xml_question(root: ElementTree.Element, question: MoodleQuestion) -> None:
    element = ElementTree.SubElement(root, "question", type=question.kind)
    _text_field(element, "name", question.name, fmt="")
    _text_field(element, "questiontext", question.text)
    _text_field(element, "generalfeedback", question.general_feedback)
    ElementTree.SubElement(element, "defaultgrade").text = f"{question.points:.7f}"
    ElementTree.SubElement(element, "shuffleanswers").text = "true"
    if question.kind == "multichoice":
        ElementTree.SubElement(element, "single").text = "true" if question.single else "false"
        ElementTree.SubElement(element, "answernumbering").text = "abc"
    _xml_answers(element, question)
    if question.tags:
        holder = ElementTree.SubElement(element, "tags")
        for tag in question.tags:
            _text_field(holder, "tag", tag, fmt="")


def write_moodle_xml(questions: list[MoodleQuestion], category: str) -> str:
    """A Moodle XML bank: a category element, then one ``<question>`` per question."""
    root = ElementTree.Element("quiz")
    holder = ElementTree.SubElement(root, "question", type="category")
    _text_field(holder, "category", moodle_category(category), fmt="")
    for question in questions:
        _xml_question(root, question)
    ElementTree.indent(root, space="  ")
    body = ElementTree.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'
