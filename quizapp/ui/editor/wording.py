"""The live check's problems in the teacher's words: the checks name the file's keys
(« title », « outlet ») and label ids (« named »), which the editor's form never shows. Here a
problem at a field is worded with that field's name as the form shows it, an empty field is
simply asked for, and a label id becomes the label's name."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from quizapp.sets.editing.live_check import FieldProblem


def _tr(text: str) -> str:
    return QCoreApplication.translate("EditorWording", text)


def field_name(path: tuple) -> str | None:
    """The name the form gives the field at ``path`` (None: no such field)."""
    keys = tuple(k for k in path if isinstance(k, str))
    names = {
        ("title",): _tr("Title of the set"),
        ("id",): _tr("Identifier"),
        ("article", "title"): _tr("Headline of the article"),
        ("article", "outlet"): _tr("Outlet"),
        ("article", "text"): _tr("Text of the article"),
        ("article", "date"): _tr("Date"),
        ("questions", "prompt"): _tr("Question"),
        ("questions", "id"): _tr("Identifier"),
        ("questions", "explanation"): _tr("Explanation"),
        ("questions", "options", "text"): _tr("Text of the answer"),
        ("questions", "items", "claim"): _tr("Claim"),
        ("questions", "items", "label"): _tr("Kind of source"),
        ("questions", "pairs", "left"): _tr("Left side of the pair"),
        ("questions", "pairs", "right"): _tr("Right side of the pair"),
        ("labels", "name"): _tr("Name of the kind of source"),
    }
    return names.get(keys)


def _quoted(word: str) -> re.Pattern[str]:
    """``word`` between the quotes the checks use, in English or French."""
    escaped = re.escape(word)
    return re.compile(f"'{escaped}'|«[\u00a0\u202f ]?{escaped}[\u00a0\u202f ]?»|“{escaped}”")


def in_teacher_words(problem: FieldProblem, data: dict[str, Any]) -> FieldProblem:
    """``problem`` with field names for keys and label names for label ids."""
    name = field_name(problem.path)
    value = _value_at(data, problem.path)
    message = problem.message
    if name is not None and not problem.warning and value in ("", None):
        message = _tr("Fill in “{0}”.").format(name)
        if problem.path[-1:] == ("label",):
            message = _tr("Choose the kind of source of this claim.")
    elif name is not None and isinstance(problem.path[-1], str):
        message = _quoted(problem.path[-1]).sub(_quote(name), message)
    for label in data.get("labels") or []:
        if isinstance(label, dict) and label.get("id") and label.get("name"):
            message = _quoted(str(label["id"])).sub(_quote(str(label["name"])), message)
    return dataclasses.replace(problem, message=message)


def _quote(name: str) -> str:
    return _tr("“{0}”").format(name).replace("\\", "\\\\")  # re.sub reads backslashes


def _value_at(data: Any, path: tuple) -> Any:
    for key in path:
        try:
            data = data[key]
        except (KeyError, IndexError, TypeError):
            return None
    return data
