"""Pydantic's validation errors, said the way a teacher writing a file by hand needs them.

Pydantic speaks of types and locations in its own terms ("Input should be a valid string",
loc ('questions', 3, 'single_choice', 'prompt')). Teachers need the field they got wrong and
what to write instead; this module turns one error into that sentence.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
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
    QuizSet,
    Settings,
    SingleChoice,
    TrueFalse,
)

_MODELS: tuple[type[BaseModel], ...] = (
    QuizSet, Article, Settings, Label, Option, ClassifyItem, Pair,
    SingleChoice, MultipleChoice, TrueFalse, Classify, Match, Locate,
)  # fmt: skip
KNOWN_FIELDS = sorted({name for model in _MODELS for name in model.model_fields})

_PATTERN_HINTS = {
    "id": "must be a short id of lowercase letters, digits and dashes, such as 'who-said-it'",
    "label": "must be a label id of lowercase letters, digits and dashes, such as 'anonymous'",
    "tags": "a tag must be lowercase letters, digits and dashes, such as 'anonymous-source'",
    "language": "must be a language tag such as 'fr', 'en' or 'fr-CH'",
    "url": "must be a web address starting with http:// or https://",
}


def _field_name(loc: tuple[Any, ...]) -> str:
    names = [part for part in loc if isinstance(part, str) and part not in QUESTION_TYPES]
    return names[-1] if names else "the set"


def _missing(error: dict[str, Any]) -> str:
    return f"missing required field '{_field_name(error['loc'])}'"


def _extra(error: dict[str, Any]) -> str:
    key = str(error["loc"][-1])
    close = difflib.get_close_matches(key, KNOWN_FIELDS, n=1, cutoff=0.75)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    return f"unknown field '{key}'{hint}"


def _type_tag(error: dict[str, Any]) -> str:
    kinds = ", ".join(QUESTION_TYPES)
    if error["type"] == "union_tag_not_found":
        return f"a question needs a 'type': one of {kinds}"
    return f"unknown question type '{error['ctx']['tag']}'; use one of {kinds}"


def _pattern(error: dict[str, Any]) -> str:
    field = _field_name(error["loc"])
    return f"'{error['input']}' {_PATTERN_HINTS.get(field, 'is not in the expected form')}"


def _literal(error: dict[str, Any]) -> str:
    return f"'{error['input']}' is not allowed here; use {error['ctx']['expected']}"


def _too_short(error: dict[str, Any]) -> str:
    field = _field_name(error["loc"])
    if error["type"] == "string_too_short":
        return f"'{field}' must not be empty"
    return f"'{field}' needs at least {error['ctx']['min_length']} item(s)"


def _value(error: dict[str, Any]) -> str:
    return str(error["msg"]).removeprefix("Value error, ")


def _expected(what: str) -> Callable[[dict[str, Any]], str]:
    def describe(error: dict[str, Any]) -> str:
        return f"'{_field_name(error['loc'])}' must be {what}, not {_shown(error['input'])}"

    return describe


def _shown(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return f"the text '{value[:40]}'"
    return f"'{value}'"


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
    "string_type": _expected("text (put it in quotes if it looks like a number or a date)"),
    "bool_type": _expected("true or false"),
    "int_type": _expected("a whole number"),
    "float_type": _expected("a number"),
    "int_parsing": _expected("a whole number"),
    "float_parsing": _expected("a number"),
    "list_type": _expected("a list (lines starting with '- ')"),
    "model_type": _expected("a mapping of 'field: value' lines"),
    "model_attributes_type": _expected("a mapping of 'field: value' lines"),
    "dict_type": _expected("a mapping of 'field: value' lines"),
    "date_from_datetime_parsing": _expected("a date written YYYY-MM-DD"),
    "date_parsing": _expected("a date written YYYY-MM-DD"),
    "date_type": _expected("a date written YYYY-MM-DD"),
}


def describe_error(error: dict[str, Any]) -> str:
    """One sentence for one pydantic error (an item of ``ValidationError.errors()``)."""
    if not error["loc"] and error["type"] in ("model_type", "model_attributes_type"):
        return (
            "the file must hold one question set, written as 'field: value' lines "
            f"(schema_version, id, title, language, questions), not {_shown(error['input'])}"
        )
    describer = _DESCRIBERS.get(error["type"])
    if describer is not None:
        return describer(error)
    return f"'{_field_name(error['loc'])}': {error['msg']}"


def points_at_key(error_type: str) -> bool:
    """Errors about a key itself (a misspelt field) point at the key, others at the value."""
    return error_type == "extra_forbidden"
