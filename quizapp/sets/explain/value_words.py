"""Values said in a teacher's words: ids with a character they cannot hold, limits, empties.

Pydantic says "String should match pattern '^[a-z0-9]+...'" or "Input should be less than or
equal to 1"; a teacher needs to know which character is not allowed and what to write instead,
or which limit was crossed and how to stay inside it. Each function turns one pydantic error
into that sentence, in the user's language.
"""

from __future__ import annotations

import re
from typing import Any

from quizapp.model.slugs import slugify
from quizapp.sets.catalog import say

_ID_CHAR = re.compile(r"[a-z0-9_-]")
_SEPARATORS = re.compile(r"[^a-z0-9_]+")


def suggest_slug(text: str) -> str:
    """An id close to ``text``: accents dropped, lowercase, words joined by dashes."""
    return slugify(text, max_length=80, keep_underscores=True)


def describe_id(value: Any) -> str:
    """Why ``value`` cannot be an id (of a set, a question, a label or a tag), and a fix."""
    text = str(value)
    bad = next((char for char in text if not _ID_CHAR.fullmatch(char)), None)
    slug = suggest_slug(text)
    fix = (
        say("id_fix", "; write '{slug}'", slug=slug)
        if slug and slug != text
        else say("id_fix_example", "; e.g. 'who-said-it'")
    )
    if bad is not None:
        return say(
            "id_bad_char",
            "'{value}' cannot be an id: {char} is not allowed (only lowercase letters without "
            "accents, digits, and - or _ between words){fix}",
            value=text,
            char=_shown_char(bad),
            fix=fix,
        )
    return say(
        "id_shape",
        "'{value}' cannot be an id: - and _ go between words, never at the start, at the end "
        "or twice in a row{fix}",
        value=text,
        fix=fix,
    )


def _shown_char(char: str) -> str:
    if char == " ":
        return say("char_space", "a space")
    if char.isupper() and char.lower() != char:
        return say("char_capital", "the capital '{char}'", char=char)
    return say("char_plain", "'{char}'", char=char)


def describe_limit(error: dict[str, Any], field: str) -> str:
    """A number above or below what the field accepts."""
    context = error.get("ctx", {})
    kind = error["type"]
    if kind in ("less_than_equal", "less_than"):
        limit = context.get("le", context.get("lt"))
        if field == "pass_mark" and limit == 1:
            return say(
                "pass_mark_share",
                "'pass_mark' is a share between 0 and 1, not a percentage: write 0.6 for 60 %",
            )
        return say("at_most", "'{field}' must be at most {limit}", field=field, limit=limit)
    limit = context.get("ge", context.get("gt"))
    return say("at_least", "'{field}' must be at least {limit}", field=field, limit=limit)


def describe_too_long(error: dict[str, Any], field: str) -> str:
    """A text or a list longer than the format allows."""
    count = error.get("ctx", {}).get("max_length", "?")
    if error["type"] == "string_too_long":
        return say(
            "text_too_long",
            "'{field}' is too long: at most {count} characters",
            field=field,
            count=count,
        )
    return say(
        "list_too_long", "'{field}' has too many items: at most {count}", field=field, count=count
    )


def describe_value(value: Any) -> str:
    """A value from the file as a teacher sees it: a text, a number, yes/no, a list, nothing."""
    if value is None:
        return say("shown_nothing", "nothing (the value is empty)")
    if isinstance(value, bool):
        return say("shown_bool", "the yes/no value {value}", value=str(value).lower())
    if isinstance(value, (int, float)):
        return say("shown_number", "the number {value}", value=value)
    if isinstance(value, dict):
        return say("shown_mapping", "a group of 'field: value' lines")
    if isinstance(value, list):
        return say("shown_list", "a list")
    if isinstance(value, str):
        return say("shown_text", "the text '{text}'", text=value[:40])
    return say("shown_other", "a value of another kind")
