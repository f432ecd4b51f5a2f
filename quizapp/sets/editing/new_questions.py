"""New questions for the editor: a blank one of each type, a type change, and questions made
from a passage the teacher selected in the article.

Each returns plain v1 data (what the writer saves); the editor applies it through one undoable
command. A blank question is not yet valid (its prompt is empty): the live check says what is
left to fill in, which is how a teacher who never saw the format learns it.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from quizapp.sets.editing.commands import QUESTION_KEYS, question_ids, unique_id

COMMON_KEYS = ("id", "type", "prompt", "explanation", "evidence", "rule", "tags", "points", "image")
_CHOICE_TYPES = ("single_choice", "multiple_choice")


def _blank_body(question_type: str, first_label: str) -> dict[str, Any]:
    if question_type in _CHOICE_TYPES:
        return {"options": [{"text": "", "correct": True}, {"text": ""}]}
    if question_type == "true_false":
        return {}  # true or false: the teacher picks it; a default "true" went unnoticed
    if question_type == "classify":
        return {"items": [{"claim": "", "label": NO_LABEL}]}
    if question_type == "match":
        return {"pairs": [{"left": "", "right": ""}, {"left": "", "right": ""}]}
    if question_type == "locate":
        return {"answer": []}
    raise ValueError(question_type)


NO_LABEL = ""  # a new claim's kind of source: none until the teacher picks one (checks say so)


def first_label(data: dict) -> str:
    """The id of the set's first label (``named`` with the default scheme)."""
    labels = data.get("labels") or [{"id": "named"}]
    first = labels[0] if isinstance(labels[0], dict) else {}
    return str(first.get("id") or "named")


def blank_question(data: dict, question_type: str, prompt: str = "") -> dict[str, Any]:
    """A new question of ``question_type`` with an id unique in the set."""
    base = prompt or question_type.replace("_", "-")
    question = {
        "id": unique_id(base, question_ids(data)),
        "type": question_type,
        "prompt": prompt,
    }
    question.update(_blank_body(question_type, first_label(data)))
    return question


def with_type(data: dict, question: dict, question_type: str) -> dict[str, Any]:
    """``question`` turned into ``question_type``: shared fields kept, options kept between
    the two choice types, the rest of the new type blank."""
    if question.get("type") == question_type:
        return copy.deepcopy(question)
    changed = {key: copy.deepcopy(value) for key, value in question.items() if key in COMMON_KEYS}
    changed["type"] = question_type
    both_choices = question.get("type") in _CHOICE_TYPES and question_type in _CHOICE_TYPES
    if both_choices and isinstance(question.get("options"), list):
        options = copy.deepcopy(question["options"])
        if question_type == "single_choice":
            _keep_first_correct(options)
        changed["options"] = options
    else:
        changed.update(_blank_body(question_type, first_label(data)))
    return _ordered(changed)


def _keep_first_correct(options: list) -> None:
    seen = False
    for option in options:
        if isinstance(option, dict) and option.get("correct"):
            if seen:
                option.pop("correct")
            seen = True


def _ordered(question: dict[str, Any]) -> dict[str, Any]:
    known = [key for key in QUESTION_KEYS if key in question]
    return {key: question[key] for key in known + [k for k in question if k not in known]}


def duplicate(data: dict, question: dict) -> dict[str, Any]:
    """A copy of ``question`` with a new id."""
    copied = copy.deepcopy(question)
    copied["id"] = unique_id(str(question.get("id", "")), question_ids(data))
    return copied


def tidy_passage(selection: str) -> str:
    """A selection as a passage: outer spaces off, inner line breaks as single spaces."""
    return re.sub(r"\s+", " ", selection.replace("\u2029", " ")).strip()


def bare_quote(passage: str) -> str:
    """A quotation without its own quotation marks and trailing comma, to quote it again."""
    return tidy_passage(passage).strip(" ,.;:\u00a0\u202f«»\"“”„'‘’")


def classify_from_sentence(data: dict, sentence: str, prompt: str) -> dict[str, Any]:
    """A classify question whose one claim is ``sentence``, with it as the evidence."""
    passage = tidy_passage(sentence)
    question = blank_question(data, "classify", prompt)
    question["id"] = unique_id("classify-" + passage, question_ids(data))
    question["items"] = [{"claim": passage, "label": NO_LABEL, "evidence": [passage]}]
    return question


def who_said_from_quote(data: dict, quote: str, prompt: str) -> dict[str, Any]:
    """A single-choice 'who said this?' question on ``quote``, the quote as evidence."""
    passage = tidy_passage(quote)
    question = blank_question(data, "single_choice", prompt)
    question["id"] = unique_id("who-" + passage, question_ids(data))
    question["evidence"] = [passage]
    return question


def locate_from_passage(data: dict, passage: str, prompt: str) -> dict[str, Any]:
    """A locate question whose answer is ``passage``."""
    question = blank_question(data, "locate", prompt)
    question["answer"] = [tidy_passage(passage)]
    return question
