"""Reading a question-set file into a checked ``QuizSet``, or saying everything wrong with it.

The normal path is fast: a size check before reading, a C-accelerated parse, one pydantic
validation. Only when something is wrong does the loader parse again with positions, to turn
every problem into one ``path:line:col: message`` line, all of them at once.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from quizapp.model import (
    DEFAULT_LABELS,
    QUESTION_TYPES,
    SET_RULES_ERROR,
    Article,
    Label,
    Problem,
    Question,
    QuizSet,
)
from quizapp.model.rules import set_problems
from quizapp.sets.catalog import say
from quizapp.sets.errors import LoadError, LocatedProblem
from quizapp.sets.explain.json_words import explain_json_error
from quizapp.sets.explain.locate import Found, locate_problems
from quizapp.sets.explain.messages import (
    KNOWN_FIELDS,
    closest_field,
    describe_error,
    describe_in_form_words,
    points_at_key,
)
from quizapp.sets.files.image_checks import image_problems
from quizapp.sets.files.textfile import read_text
from quizapp.sets.safe_yaml.reader import MAX_DEPTH, YamlProblem, read_yaml

JSON_SUFFIXES = (".json",)
MAX_INT_DIGITS = 30  # the YAML reader's bound too: no field of the format needs more
_LONG_NUMBER = re.compile(r"[0-9]{31,}")
_ARTICLE = TypeAdapter(Article)
_QUESTION = TypeAdapter(Question)
_LABELS = TypeAdapter(list[Label])


def load_set(path: Path) -> QuizSet:
    """Read, parse and check one question-set file; raise ``LoadError`` with every problem."""
    text = read_text(path)
    data = parse_text(text, path)
    quiz = validate_data(data, path, text)
    check_image_files(quiz, path, text)
    return quiz


def parse_text(text: str, path: Path) -> Any:
    """Plain data from the text of a YAML or JSON file (JSON by its ``.json`` suffix)."""
    if path.suffix.lower() in JSON_SUFFIXES:
        return _parse_json(text, path)
    try:
        return read_yaml(text)[0]
    except YamlProblem as problem:
        raise LoadError.single(
            str(path), problem.message, problem.line + 1, problem.col + 1
        ) from None


def validate_data(data: object, path: Path, text: str | None = None) -> QuizSet:
    """Check parsed data against format v1; ``text`` (when known) locates the problems."""
    try:
        return QuizSet.model_validate(data)
    except ValidationError as error:
        problems = _problems_of(error, data)
    positions = positions_of(text, path)
    raise LoadError(locate_problems(problems, positions, str(path)))


class _DuplicateKey(ValueError):
    """A JSON object holds a key twice (``json`` would silently keep the last one)."""


class _HugeNumber(ValueError):
    """An integer longer than any the format uses (Python refuses 4,300 digits and more)."""


def _refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _DuplicateKey
    return result


def _bounded_int(digits: str) -> int:
    if len(digits.lstrip("-+")) > MAX_INT_DIGITS:
        raise _HugeNumber(digits)
    return int(digits)


def _parse_json(text: str, path: Path) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_refuse_duplicates, parse_int=_bounded_int)
    except _DuplicateKey:
        raise _located_by_yaml(text, path) from None
    except _HugeNumber:
        found = _LONG_NUMBER.search(text)
        offset = found.start() if found else 0
        line = text.count("\n", 0, offset) + 1
        col = offset - (text.rfind("\n", 0, offset) + 1) + 1
        message = say(
            "number_too_long",
            "this number is more than {digits} digits long; no field takes such a number",
            digits=MAX_INT_DIGITS,
        )
        raise LoadError.single(str(path), message, line, col) from None
    except json.JSONDecodeError as error:
        message = explain_json_error(error.msg)
        raise LoadError.single(str(path), message, error.lineno, error.colno) from None
    except RecursionError:
        message = say(
            "nested_too_deep", "the file is nested more than {depth} levels deep", depth=MAX_DEPTH
        )
        raise LoadError.single(str(path), message) from None


def _located_by_yaml(text: str, path: Path) -> LoadError:
    """JSON is YAML: its reader finds the repeated key and says where it stands."""
    try:
        read_yaml(text)
    except YamlProblem as problem:
        return LoadError.single(str(path), problem.message, problem.line + 1, problem.col + 1)
    message = say("json_key_twice", "a key appears twice in the same object")
    return LoadError.single(str(path), message)


def positions_of(text: str | None, path: Path) -> Any:
    if text is None:
        return None
    try:
        return read_yaml(text, track=True)[1]
    except YamlProblem:  # JSON that YAML reads differently: locate at the file's start
        return None


def _problems_of(error: ValidationError, data: object) -> list[Found]:
    """Each problem, whether it points at a key, its words for the form; set-wide rules too."""
    problems: list[Found] = []
    rules_checked = False
    items = _one_per_value(error.errors(include_url=False))
    explained = _missing_explained_by_misspelling(items)
    for item in items:
        if item["type"] == "missing" and item["loc"] in explained:
            continue
        if item["type"] == SET_RULES_ERROR:
            problems += [(problem, False) for problem in item["ctx"]["problems"]]
            rules_checked = True
        else:
            loc = item["loc"] + (("type",) if item["type"] == "union_tag_invalid" else ())
            problem = Problem(loc, describe_error(item))
            problems.append((problem, points_at_key(item["type"]), describe_in_form_words(item)))
    if not rules_checked:
        problems += [(problem, False) for problem in _rules_of_valid_parts(data)]
    return problems


def _one_per_value(items: list[Any]) -> list[Any]:
    """One error per value: a value that fits no member of a union (a number that may be
    whole or not) gets one message about the value, not one per member, named by its field."""
    kept: dict[tuple, Any] = {}
    for item in items:
        loc = item["loc"]
        if item["type"] != "extra_forbidden":
            while loc and isinstance(loc[-1], str) and _is_member_name(loc[-1]):
                loc = loc[:-1]
        first = kept.get(loc)
        if first is None or (first["type"].startswith("int_") and item["type"] == "float_type"):
            kept[loc] = {**item, "loc": loc}
    return list(kept.values())


def _is_member_name(part: str) -> bool:
    """Pydantic names the members of a union in a location: 'int', 'list[str]', 'none'..."""
    return part not in KNOWN_FIELDS and part not in QUESTION_TYPES and part != "[key]"


def _missing_explained_by_misspelling(items: list[Any]) -> set[tuple]:
    """A required field reported missing beside its misspelling is one mistake, said once."""
    misspelt = {
        (item["loc"][:-1], closest_field(str(item["loc"][-1])))
        for item in items
        if item["type"] == "extra_forbidden" and item["loc"]
    }
    return {
        item["loc"]
        for item in items
        if item["type"] == "missing" and (item["loc"][:-1], item["loc"][-1]) in misspelt
    }


def _rules_of_valid_parts(data: object) -> list[Problem]:
    """Set-wide rules over the parts that validated, so one bad question hides nothing else."""
    if not isinstance(data, dict) or not isinstance(data.get("questions"), list):
        return []
    article_text, article_known = _article_text(data.get("article"))
    labels = _valid_or_none(_LABELS, data["labels"]) if data.get("labels") is not None else None
    if data.get("labels") is None:
        labels = list(DEFAULT_LABELS)
    questions = []
    for index, raw in enumerate(data["questions"]):
        question = _valid_or_none(_QUESTION, raw)
        if question is not None:
            questions.append((index, question))
    return set_problems(article_text, labels, questions, check_passages=article_known)


def _article_text(raw: object) -> tuple[str | None, bool]:
    """The article's text, and whether passages can be checked at all.

    A mistake elsewhere in the article (a date written 14/09/2015) already has its message;
    its text is still the one passages come from. Without a usable text, passages are not
    checked: saying "the set has no article" for each of them would be false.
    """
    if raw is None:
        return None, True
    article = _valid_or_none(_ARTICLE, raw)
    if article is not None:
        return article.text, True
    text = raw.get("text") if isinstance(raw, dict) else None
    if isinstance(text, str) and text.strip():
        return text, True
    return None, False


def _valid_or_none(adapter: TypeAdapter, value: object) -> Any:
    try:
        return adapter.validate_python(value)
    except ValidationError:
        return None


def check_image_files(quiz: QuizSet, path: Path, text: str) -> None:
    """An image must be a picture inside the set's folder, links resolved (the model checks
    the text of the path); what is wrong with each is ``image_checks``' to say, where it
    stands in the file is the loader's."""
    problems = [(problem, False) for problem in image_problems(quiz, path.resolve().parent)]
    if problems:
        raise LoadError(locate_problems(problems, positions_of(text, path), str(path)))


__all__ = ["LoadError", "LocatedProblem", "load_set", "parse_text", "validate_data"]
