"""The validator's and loader's messages in the user's language (English and French).

Every message is written at its call site as a key and an English template; ``french``
(the validator's and loader's) and ``french_tools`` (the command line's and the converters')
hold the French templates of the same keys: the three were modules of ``sets/`` until tidy39
grouped them here. Qt is not involved: the command line uses it
too. The language follows the environment (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``,
``LANG``) until the window sets it with ``set_language``.
"""

from __future__ import annotations

import os
from functools import cache
from typing import Any

from quizapp.model.wording import printable
from quizapp.sets.catalog.french import FRENCH

SUPPORTED = ("en", "fr")
_state = {"language": ""}


def _language_from_environment() -> str:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


def current_language() -> str:
    if not _state["language"]:
        _state["language"] = _language_from_environment()
    return _state["language"]


def set_language(language: str) -> None:
    """Use ``language`` (a code such as ``fr`` or ``fr_CH``) for every later message."""
    code = language.replace("-", "_").split("_")[0].lower()
    _state["language"] = code if code in SUPPORTED else "en"


def say(key: str, english: str, /, **values: Any) -> str:
    """The message ``key`` in the current language, with ``values`` filled in.

    Values often come from the file (a misspelt key, a bad value), also inside an English
    message the model already filled in: control characters of the result are shown escaped,
    so a message stays one line and never drives the user's terminal.
    """
    if current_language() != "fr":
        template = english
    else:
        template = FRENCH.get(key) or _french_warnings().get(key, english)
    shown = {name: _shortened(value) for name, value in values.items()}
    return _shortened(_visible(template.format(**shown)), MAX_MESSAGE_CHARS)


@cache
def _french_warnings() -> dict[str, str]:
    """The item-writing warnings' French templates, loaded on the first French miss: importing
    them runs the item_checks package, which the window's start-up has no use for."""
    from quizapp.sets.item_checks.catalog_fr import FRENCH_WARNINGS

    return FRENCH_WARNINGS


MAX_ECHOED_CHARS = 200  # of one value from a file inside a message
MAX_MESSAGE_CHARS = 2000  # of a whole message: a 5 MB value once froze the error dialog


def _shortened(value: Any, limit: int = MAX_ECHOED_CHARS) -> Any:
    """A text value cut to ``limit`` characters, with an ellipsis saying so."""
    if isinstance(value, str) and len(value) > limit:
        return value[: limit - 1] + "…"
    return value


def _visible(text: str) -> str:
    return printable(text)
