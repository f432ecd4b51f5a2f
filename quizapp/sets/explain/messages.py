"""Pydantic's validation errors, said the way a teacher writing a file by hand needs them.

Pydantic speaks of types and locations in its own terms ("Input should be a valid string",
loc ('questions', 3, 'single_choice', 'prompt')). Teachers need the field they got wrong and
what to write instead; this module turns one error into that sentence.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping
from typing import Any

from pydantic import BaseModel

from quizapp.model import (
    QUESTION_TYPES,
    Article,
    Classify,
    ClassifyItem,
    Label,
    Locate,
    Match,
    MultipleChoice,
    Option,
    Pair,
    Problem,
    QuizSet,
    Settings,
    SingleChoice,
    TrueFalse,
)
from quizapp.sets.catalog import say
from quizapp.sets.catalog.french import FRENCH
from quizapp.sets.explain.field_words import field_words
from quizapp.sets.explain.value_words import (
    describe_id,
    describe_limit,
    describe_too_long,
    describe_value,
)

_MODELS: tuple[type[BaseModel], ...] = (
    QuizSet, Article, Settings, Label, Option, ClassifyItem, Pair,
    SingleChoice, MultipleChoice, TrueFalse, Classify, Match, Locate,
)  # fmt: skip
_FIELD_NAME = re.compile(r"[A-Za-z_][\w-]*")
KNOWN_FIELDS = sorted({name for model in _MODELS for name in model.model_fields})

_PATTERNS = {
    "language": ("pattern_language", "must be a language tag such as 'fr', 'en' or 'fr-CH'"),
    "url": ("pattern_url", "must be a web address starting with http:// or https://"),
}
_ID_FIELDS = frozenset({"id", "label", "tags", "[key]"})
_WHAT = {
    "text": ("what_text", "a text (put it in quotes if it looks like a number or a date)"),
    "bool": ("what_bool", "yes/no (true or false)"),
    "whole": ("what_whole", "a whole number"),
    "number": ("what_number", "a number"),
    "list": ("what_list", "a list (lines starting with '- ')"),
    "mapping": ("what_mapping", "a group of 'field: value' lines"),
    "date": ("what_date", "a date written YYYY-MM-DD"),
}
_EXPECTED = {
    "string_type": "text",
    "bool_type": "bool",
    "int_type": "whole",
    "int_parsing": "whole",
    "float_type": "number",
    "float_parsing": "number",
    "list_type": "list",
    "model_type": "mapping",
    "model_attributes_type": "mapping",
    "dict_type": "mapping",
    "date_from_datetime_parsing": "date",
    "date_parsing": "date",
    "date_type": "date",
    "date_from_datetime_inexact": "date",
    "int_from_float": "whole",
    "bool_parsing": "bool",
    "string_unicode": "text",
}


def _field_name(loc: tuple[Any, ...]) -> str:
    names = [part for part in loc if isinstance(part, str) and part not in QUESTION_TYPES]
    return names[-1] if names else say("the_set", "the set")


def _missing(error: dict[str, Any]) -> str:
    return say("missing", "missing required field '{field}'", field=_field_name(error["loc"]))


def closest_field(key: str) -> str | None:
    """The field of the format a misspelt ``key`` most likely means, if one is close."""
    close = difflib.get_close_matches(key, KNOWN_FIELDS, n=1, cutoff=0.75)
    return close[0] if close else None


def _extra(error: dict[str, Any]) -> str:
    key = str(error["loc"][-1])
    if not _FIELD_NAME.fullmatch(key) and error["input"] is None:
        return say(
            "comma_in_braces",
            "'{key}' was read as a field name: inside {{ }} a comma ends the value, "
            "so put a text holding a comma in quotes",
            key=key,
        )
    close = closest_field(key)
    if close:
        return say(
            "unknown_field_hint",
            "unknown field '{key}' (did you mean '{close}'?)",
            key=key,
            close=close,
        )
    return say("unknown_field", "unknown field '{key}'", key=key)


def _type_tag(error: dict[str, Any]) -> str:
    kinds = ", ".join(QUESTION_TYPES)
    if error["type"] == "union_tag_not_found":
        return say("type_missing", "a question needs a 'type': one of {kinds}", kinds=kinds)
    return say(
        "type_unknown",
        "unknown question type '{tag}'; use one of {kinds}",
        tag=error["ctx"]["tag"],
        kinds=kinds,
    )


def _pattern(error: dict[str, Any]) -> str:
    field = _field_name(error["loc"])
    if field in _ID_FIELDS:
        return describe_id(error["input"])
    key, english = _PATTERNS.get(field, ("pattern_other", "is not in the expected form"))
    return say(key, "'{value}' " + english, value=error["input"])


def _literal(error: dict[str, Any]) -> str:
    return say(
        "literal",
        "'{value}' is not allowed here; use {expected}",
        value=error["input"],
        expected=error["ctx"]["expected"],
    )


def _too_short(error: dict[str, Any]) -> str:
    """An empty text or a short list, named as the editor's form names it (« Média ») and by
    the file's key (outlet), where the form has a name for it."""
    field, name = _field_name(error["loc"]), field_words(error["loc"])
    if error["type"] == "string_too_short" and name:
        return say("empty_named", "'{name}' ({field}) must not be empty", name=name, field=field)
    if error["type"] == "string_too_short":
        return say("empty_text", "'{field}' must not be empty", field=field)
    count = error["ctx"]["min_length"]
    if name:
        return say("too_few_named", "'{name}' ({field}) needs at least {count} item(s)",
                   name=name, field=field, count=count)  # fmt: skip
    return say("too_few", "'{field}' needs at least {count} item(s)", field=field, count=count)


def describe_in_form_words(error: dict[str, Any]) -> str:
    """The same problem as ``describe_error`` says, with the field as the editor's form names
    it and without the file's key (« Média » ne doit pas être vide), for the window's box;
    "" when the form has no field of its own for it (errors36: the box read it back out of
    the joined text before)."""
    name = field_words(error["loc"])
    if not name or error["type"] not in ("too_short", "string_too_short"):
        return ""
    if error["type"] == "string_too_short":
        return say("empty_form", "'{name}' must not be empty", name=name)
    count = error["ctx"]["min_length"]
    return say("too_few_form", "'{name}' needs at least {count} item(s)", name=name, count=count)


def _value(error: dict[str, Any]) -> str:
    return str(error["msg"]).removeprefix("Value error, ")


def _expected(error: dict[str, Any]) -> str:
    key, english = _WHAT[_EXPECTED[error["type"]]]
    if error["input"] is None:
        field = _field_name(error["loc"])
        return say(
            "empty_value",
            "'{field}' is empty: write {what} after '{field}:'",
            field=field,
            what=say(key, english),
        )
    return say(
        "expected",
        "'{field}' must be {what}, not {shown}",
        field=_field_name(error["loc"]),
        what=say(key, english),
        shown=_shown(error["input"]),
    )


def _shown(value: Any) -> str:
    return describe_value(value)


def _limit(error: dict[str, Any]) -> str:
    return describe_limit(error, _field_name(error["loc"]))


def _too_long(error: dict[str, Any]) -> str:
    """A text or a list over its bound; the article's says its length and what to do
    (bounds56: « Texte de l'article est trop long » named a field, not a way out)."""
    if tuple(error["loc"]) == ("article", "text") and isinstance(error.get("input"), str):
        from quizapp.sets.articles.article_size import article_too_long

        return article_too_long(len(error["input"]))
    return describe_too_long(error, _field_name(error["loc"]))


_DESCRIBERS: dict[str, Callable[[dict[str, Any]], str]] = {
    "missing": _missing,
    "extra_forbidden": _extra,
    "union_tag_not_found": _type_tag,
    "union_tag_invalid": _type_tag,
    "string_pattern_mismatch": _pattern,
    "literal_error": _literal,
    "too_short": _too_short,
    "string_too_short": _too_short,
    "value_error": _value,
    **dict.fromkeys(("less_than_equal", "less_than", "greater_than_equal", "greater_than"), _limit),
    "too_long": _too_long,
    "string_too_long": _too_long,
    **dict.fromkeys(_EXPECTED, _expected),
}


def describe_error(error: dict[str, Any]) -> str:
    """One sentence for one pydantic error (an item of ``ValidationError.errors()``)."""
    if not error["loc"] and error["type"] in ("model_type", "model_attributes_type"):
        return say(
            "not_a_set",
            "the file must hold one question set, written as 'field: value' lines "
            "(schema_version, id, title, language, questions), not {shown}",
            shown=_shown(error["input"]),
        )
    describer = _DESCRIBERS.get(error["type"])
    if describer is not None:
        return describer(error)
    if error["type"] in FRENCH:  # a rule of the model, raised with its key and values
        return _keyed(error["type"], str(error["msg"]), error.get("ctx", {}))
    return say(
        "pydantic_other",
        "'{field}': {message}",
        field=_field_name(error["loc"]),
        message=error["msg"],
    )


def describe_problem(problem: Problem) -> str:
    """A set-wide rule's message in the current language."""
    if not problem.key:
        return problem.message
    return _keyed(problem.key, problem.message, problem.values)


def _keyed(key: str, english_message: str, values: Mapping[str, Any]) -> str:
    """A model rule's message in the current language; its English is already filled in."""
    return say(key, english_message.replace("{", "{{").replace("}", "}}"), **values)


def points_at_key(error_type: str) -> bool:
    """Errors about a key itself (a misspelt field) point at the key, others at the value."""
    return error_type == "extra_forbidden"
