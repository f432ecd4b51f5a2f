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

translate = QCoreApplication.translate  # written out at each string: lupdate finds them there


def field_name(path: tuple) -> str | None:
    """The name the form gives the field at ``path`` (None: no such field)."""
    keys = tuple(k for k in path if isinstance(k, str))
    names = {
        ("title",): translate("EditorWording", "Title of the set"),
        ("id",): translate("EditorWording", "Identifier"),
        ("article", "title"): translate("EditorWording", "Headline of the article"),
        ("article", "outlet"): translate("EditorWording", "News outlet"),
        ("article", "text"): translate("EditorWording", "Text of the article"),
        ("article", "date"): translate("EditorWording", "Date"),
        ("questions", "prompt"): translate("EditorWording", "Question"),
        ("questions", "id"): translate("EditorWording", "Identifier"),
        ("questions", "explanation"): translate("EditorWording", "Explanation"),
        ("questions", "options"): translate("EditorWording", "Answers"),
        ("questions", "options", "text"): translate("EditorWording", "Text of the answer"),
        ("questions", "items"): translate("EditorWording", "Claims to classify"),
        ("questions", "pairs"): translate("EditorWording", "Pairs"),
        ("questions", "evidence"): translate("EditorWording", "Evidence"),
        ("questions", "items", "claim"): translate("EditorWording", "Claim"),
        ("questions", "items", "label"): translate("EditorWording", "Kind of source"),
        ("questions", "pairs", "left"): translate("EditorWording", "Left side of the pair"),
        ("questions", "pairs", "right"): translate("EditorWording", "Right side of the pair"),
        ("labels", "name"): translate("EditorWording", "Name of the kind of source"),
    }
    return names.get(keys)


def _quoted(word: str) -> re.Pattern[str]:
    """``word`` between the quotes the checks use, in English or French."""
    escaped = re.escape(word)
    return re.compile(f"'{escaped}'|«[\u00a0\u202f ]?{escaped}[\u00a0\u202f ]?»|“{escaped}”")


def in_teacher_words(problem: FieldProblem, data: dict[str, Any]) -> FieldProblem:
    """``problem`` with field names for keys and label names for label ids."""
    if _unanswered_true_false(problem, data):  # at the two buttons, asking for a choice
        message = translate("EditorWording", "Choose whether the statement is true or false.")
        return dataclasses.replace(problem, path=(*problem.path, "answer"), message=message)
    name = field_name(problem.path)
    if (
        problem.path[::2] == ("questions", "prompt")
        and _value_at(data, (*problem.path[:2], "type")) == "true_false"
    ):  # the form calls that prompt the statement
        name = translate("EditorWording", "Statement to judge")
    value = _value_at(data, problem.path)
    message = problem.message
    if name is not None and not problem.warning and value in ("", None):
        message = translate("EditorWording", "Fill in “{0}”.").format(name)
        if problem.path[-1:] == ("label",):
            message = translate("EditorWording", "Choose the kind of source of this claim.")
    elif name is not None and isinstance(problem.path[-1], str):
        key = problem.path[-1]  # the checks name the field twice, « Média » (outlet): once here
        message = message.replace(f" ({key})", "")
        message = _quoted(name).sub(_quote(name), _quoted(key).sub(_quote(name), message))
    for label in data.get("labels") or []:
        if isinstance(label, dict) and label.get("id") and label.get("name"):
            message = _quoted(str(label["id"])).sub(_quote(str(label["name"])), message)
    return dataclasses.replace(problem, message=message)


def to_fill(problems: list[FieldProblem]) -> list[FieldProblem]:
    """``problems`` without the set's empty id while its title is empty too: the id follows
    the title by itself (``SetForm``), folded away under « Advanced ». A new set's status line
    said « 6 fields still to fill in: Identifier, Title of the set, … » and sent a teacher
    looking for a field she cannot see and never needs to fill (teacher47). A kind of source
    just added, its name still empty, is one field to fill, not two (words47)."""
    named_later = {problem.path[:-1] for problem in problems if problem.path[-1:] == ("name",)}
    if any(problem.path == ("title",) for problem in problems):
        named_later.add(())
    return [problem for problem in problems if not _proposed_later(problem.path, named_later)]


def _proposed_later(path: tuple, named_later: set[tuple]) -> bool:
    """An id the editor proposes from a name still empty: the set's from its title, a kind
    of source's code from its name (``label_rows``, words47); both are folded away."""
    owner = path[:-1]
    return path[-1:] == ("id",) and owner in named_later and owner[:1] in ((), ("labels",))


def waiting_places(problems: list[FieldProblem], limit: int = 3) -> list[str]:
    """Where the errors not shown yet wait, in the form's names, each once and at most
    ``limit`` then "…": a field of the set ("News outlet"), a question ("question 2"), or the first
    question still to make. The status line's « 1 field still to fill in » named none, and
    the teacher learnt it was the outlet only when she saved (teacher32)."""
    places: list[str] = []
    for problem in to_fill(problems):
        if problem.question is not None:
            place = translate("EditorWording", "question {0}").format(problem.question + 1)
        elif problem.path == ("questions",):
            place = translate("EditorWording", "a first question")
        else:
            place = field_name(problem.path)
        if place and place not in places:
            places.append(place)
    return [*places[:limit], "…"] if len(places) > limit else places


def _unanswered_true_false(problem: FieldProblem, data: dict[str, Any]) -> bool:
    """A true/false question whose answer is not chosen yet (the check names the key)."""
    question = _value_at(data, problem.path)
    return (
        len(problem.path) == 2
        and not problem.warning
        and isinstance(question, dict)
        and question.get("type") == "true_false"
        and "answer" not in question
        and bool(_quoted("answer").search(problem.message))
    )


def _quote(name: str) -> str:
    """``name`` between the language's quotes, escaped for ``re.sub`` (which reads ``\\``)."""
    return translate("EditorWording", "“{0}”").format(name).replace("\\", "\\\\")


def _value_at(data: Any, path: tuple) -> Any:
    for key in path:
        try:
            data = data[key]
        except (KeyError, IndexError, TypeError):
            return None
    return data
