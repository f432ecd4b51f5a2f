"""The YAML 1.2 core schema, and nothing more: which plain scalars are nulls, booleans, integers
or floats, and which tags a question file may carry.

Why our own: ``no`` and ``yes`` must stay text (YAML 1.1 made them booleans, a classic trap for
answer options), integers are bounded to 30 digits so a 5,000-digit number is a located error
rather than a slow conversion, and no tag ever builds an object.
"""

from __future__ import annotations

import re
from typing import Any

from quizapp.sets.catalog import say
from quizapp.sets.safe_yaml.problem import YamlProblem, mark_of

_CORE_TAG = "tag:yaml.org,2002:"
_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"^[-+]?[0-9]+$")
_OCT = re.compile(r"^0o[0-7]+$")
_HEX = re.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")
_TYPED_STARTS = frozenset("0123456789+-.~nNtTfF")
_SPECIAL_FLOAT = {".inf": "inf", ".Inf": "inf", ".INF": "inf", ".nan": "nan", ".NaN": "nan"}


def check_tag(tag: str | None, kind: str, event: Any) -> None:
    """Refuse a tag outside the core schema: no tag may ever build an object."""
    if tag is None or tag in ("!", f"{_CORE_TAG}{kind}"):
        return
    shown = tag.replace(_CORE_TAG, "!!")
    message = say(
        "yaml_tag",
        "the tag '{tag}' is not allowed in a question file (no YAML tags, only plain values)",
        tag=shown,
    )
    raise YamlProblem(message, *mark_of(event))


def scalar_value(event: Any) -> Any:
    """A scalar event's value: quoted or tagged text stays text, a plain one is typed."""
    value: str = event.value
    tag = event.tag
    if tag is None:
        if event.style or not event.implicit[0] or (value and value[0] not in _TYPED_STARTS):
            return value
        return _resolve(value, None, event)
    if tag == "!":
        return value
    kind = tag.removeprefix(_CORE_TAG)
    if kind not in ("str", "int", "float", "bool", "null"):
        check_tag(tag, "str", event)
    return _resolve(value, kind, event)


def _resolve(value: str, kind: str | None, event: Any) -> Any:
    """YAML 1.2 core schema: ``no`` and ``yes`` stay text; ``true``/``false`` are booleans."""
    if kind in (None, "null") and _NULL.match(value):
        return None
    if kind in (None, "bool") and value in _BOOL:
        return _BOOL[value]
    if kind in (None, "int"):
        number = _to_int(value)
        if number is not None:
            return number
    if kind in (None, "float") and (_FLOAT.match(value) or value in _SPECIAL_FLOAT):
        return float(_SPECIAL_FLOAT.get(value, value))
    if kind in (None, "str"):
        return value
    message = say(
        "yaml_not_valid",
        "'{value}' is marked !!{tag} but is not {kind}",
        value=value,
        tag=kind,
        kind=_kind_in_words(kind),
    )
    raise YamlProblem(message, *mark_of(event))


def _kind_in_words(kind: str | None) -> str:
    """What a core-schema tag asks for, in a teacher's words rather than a type name."""
    if kind == "int":
        return say("what_whole", "a whole number")
    if kind == "float":
        return say("what_number", "a number")
    if kind == "bool":
        return say("what_bool", "yes/no (true or false)")
    return say("what_empty", "an empty value")


def _to_int(value: str) -> int | None:
    if _INT.match(value) and len(value) <= 30:
        return int(value)
    if _OCT.match(value) and len(value) <= 30:
        return int(value[2:], 8)
    if _HEX.match(value) and len(value) <= 30:
        return int(value[2:], 16)
    return None
