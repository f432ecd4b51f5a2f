"""Reading Moodle XML question banks: multiple choice, true/false and matching questions.

The file comes from anywhere, so it is parsed with defusedxml: no entity expansion, no DTD
fetching, no external references. Text is HTML in most banks; it is made plain here, because
quizapp never renders markup from a question file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, ParseError

import defusedxml
import defusedxml.ElementTree as SafeTree

from quizapp.interchange.bank import (
    Draft,
    ParsedBank,
    checkpoint,
    partial_credit_note,
    right_feedback_note,
    weights_note,
)
from quizapp.interchange.plaintext import render_plain, slugify
from quizapp.sets.catalog import say
from quizapp.sets.errors import LoadError

_FORMATS = {"html": "html", "moodle_auto_format": "moodle", "plain_text": "plain"}
_FORMATS |= {"markdown": "markdown"}
_KIND_NAMES = {
    "multianswer": "cloze (embedded answers)",
    "shortanswer": "short answer",
    "description": "description",
    "essay": "essay",
    "numerical": "numerical",
}


def _text_of(element: Element | None, notes: list[str], default_fmt: str = "html") -> str:
    """Plain text of a Moodle text field (``<x format="html"><text>...</text></x>``)."""
    if element is None:
        return ""
    fmt = _FORMATS.get(element.get("format", ""), default_fmt)
    text, dropped = render_plain(element.findtext("text") or "", fmt)
    notes += dropped
    if element.find("file") is not None:
        notes.append(say("import_files_dropped", "attached file(s) dropped"))
    return text


def _number(text: str | None, default: float) -> float:
    try:
        return float(text) if text is not None else default
    except ValueError:
        return default


class _XmlReader:
    """Turns each ``<question>`` element into a draft, or names it as skipped."""

    def __init__(self) -> None:
        self.bank = ParsedBank()
        self.category_tag: str | None = None

    def read(self, element: Element) -> None:
        kind = element.get("type", "")
        if kind == "category":
            self.category_tag = self.bank.read_category(element.findtext("category/text") or "")
            return
        name = (element.findtext("name/text") or "").strip() or None
        fill = {"multichoice": _choice, "truefalse": _true_false, "matching": _matching}
        if kind not in fill:
            shown = _KIND_NAMES.get(kind, kind or "untyped question")
            reason = say("import_no_such_type", "quizapp has no {kind} questions", kind=shown)
            self.bank.skip(name, None, shown, reason)
            return
        draft = Draft(name, self.bank.next_number, None, {})
        self.common_fields(element, draft)
        fill[kind](element, draft)
        draft.notes += _moodle_only_settings(element)
        self.bank.drafts.append(draft)

    def common_fields(self, element: Element, draft: Draft) -> None:
        data = draft.data
        data["prompt"] = _text_of(element.find("questiontext"), draft.notes)
        explanation = _text_of(element.find("generalfeedback"), draft.notes)
        if explanation:
            data["explanation"] = explanation
        points = _number(element.findtext("defaultgrade"), 1.0)
        if points > 0 and points != 1:
            data["points"] = int(points) if points.is_integer() else points
        tags = [slugify(tag.findtext("text") or "") for tag in element.iterfind("tags/tag")]
        tags += [self.category_tag] if self.category_tag else []
        if any(tags):
            data["tags"] = list(dict.fromkeys(tag for tag in tags if tag))


def _moodle_only_settings(element: Element) -> list[str]:
    """What Moodle keeps per question and quizapp does not: said, never dropped in silence."""
    notes = []
    kinds = ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback")
    given = [kind for kind in kinds if (element.findtext(f"{kind}/text") or "").strip()]
    if given:
        notes.append(
            say(
                "import_combined_feedback",
                "the combined feedback ({kinds}) was left out: quizapp shows the question's "
                "explanation to everyone",
                kinds=", ".join(given),
            )
        )
    hints = [hint for hint in element.iterfind("hint") if (hint.findtext("text") or "").strip()]
    if hints:
        notes.append(
            say("import_hints", "{count} hint(s) left out: quizapp has no hints", count=len(hints))
        )
    if (element.findtext("shuffleanswers") or "").strip().lower() in {"0", "false"}:
        notes.append(
            say(
                "import_no_shuffle",
                "Moodle keeps this question's answers in order; in quizapp the set's "
                "shuffle_options decides (pin: true keeps one option in place)",
            )
        )
    return notes


def _choice(element: Element, draft: Draft) -> None:
    single = (element.findtext("single") or "true").strip().lower() in {"true", "1"}
    options = []
    weights = [_number(answer.get("fraction"), 0.0) for answer in element.iterfind("answer")]
    note = None if single else weights_note(weights)
    if note:
        draft.notes.append(note)
    for answer, weight in zip(element.iterfind("answer"), weights, strict=True):
        option: dict[str, Any] = {
            "text": _text_of(answer, draft.notes),
            "correct": weight >= 99.999 if single else weight > 0,
        }
        feedback = _text_of(answer.find("feedback"), draft.notes)
        if feedback:
            option["feedback"] = feedback
        if single and 0 < weight < 99.999:
            draft.notes.append(partial_credit_note(f"{weight:g}%", option["text"]))
        options.append(option)
    draft.data.update(type="single_choice" if single else "multiple_choice", options=options)


def _true_false(element: Element, draft: Draft) -> None:
    answers = {
        (answer.findtext("text") or "").strip().lower(): answer
        for answer in element.iterfind("answer")
    }
    true_weight = _number(answers["true"].get("fraction"), 0) if "true" in answers else 0
    right_is_true = true_weight > 0
    wrong = answers.get("false" if right_is_true else "true")
    right = answers.get("true" if right_is_true else "false")
    wrong_feedback = _text_of(wrong.find("feedback") if wrong is not None else None, [])
    right_feedback = _text_of(right.find("feedback") if right is not None else None, [])
    parts = [wrong_feedback, draft.data.get("explanation", "")]
    explanation = "\n\n".join(part for part in parts if part)
    draft.data.update(type="true_false", answer=right_is_true)
    if explanation:
        draft.data["explanation"] = explanation
    if right_feedback:
        draft.notes.append(right_feedback_note(right_feedback))


def _matching(element: Element, draft: Draft) -> None:
    pairs, extras = [], []
    for sub in element.iterfind("subquestion"):
        left = _text_of(sub, draft.notes)
        right = (sub.findtext("answer/text") or "").strip()
        if left:
            pairs.append({"left": left, "right": right})
        elif right:
            extras.append(right)
    rights = {pair["right"] for pair in pairs}
    distractors = [extra for extra in dict.fromkeys(extras) if extra not in rights]
    draft.data.update(type="match", pairs=pairs, distractors=distractors)


def _parsed_root(data: bytes, path: Path) -> Element:
    """The document's root element; LoadError when the XML is not well-formed, declares a DTD
    or entities (refused for safety), or cannot be decoded."""
    try:
        return SafeTree.fromstring(data, forbid_dtd=True)
    except ParseError as error:
        line, col = error.position
        message = say(
            "xml_not_well_formed",
            "not well-formed XML: {detail}",
            detail=str(error.msg).split(":")[0],
        )
        raise LoadError.single(str(path), message, line, col + 1) from None
    except defusedxml.DefusedXmlException as error:  # a ValueError too: test it first
        message = say(
            "xml_dtd",
            "refused for safety: the file declares a DTD or entities ({detail})",
            detail=error,
        )
        raise LoadError.single(str(path), message) from None
    except (LookupError, ValueError) as error:  # e.g. encoding="bogus" in the declaration
        message = say("xml_decode", "the XML file cannot be decoded: {detail}", detail=error)
        raise LoadError.single(str(path), message) from None


def read_moodle_xml(data: bytes, path: Path) -> ParsedBank:
    """Parse a Moodle XML export; raise LoadError when it is not well-formed or not a bank."""
    root = _parsed_root(data, path)
    if root.tag != "quiz":
        message = say(
            "xml_not_bank",
            "not a Moodle XML question bank: the root element is <{tag}>, not <quiz>",
            tag=root.tag,
        )
        raise LoadError.single(str(path), message)
    reader = _XmlReader()
    for element in root.iterfind("question"):
        checkpoint()
        reader.read(element)
    return reader.bank
