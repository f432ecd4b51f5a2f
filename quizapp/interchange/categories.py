"""Moodle's question categories as an import reads them: the path a file switches to
(« $course$/top/Vocabulary/Unit 3 »), its last part kept as the set's title and as a tag, and
the categories Moodle makes itself (« Default for 9B English »), which name no bank.

Out of interchange/bank.py (tidy56): the GIFT and Moodle XML readers both meet categories,
and what a category is named depends on Moodle's own rules alone, not on a set's checks.
"""

from __future__ import annotations

import re

from quizapp.interchange.plaintext import slugify


def category_name(category: str) -> str | None:
    """The last part of a Moodle category path as written, unless it is Moodle's own root."""
    parts = re.split(r"(?<!/)/(?!/)", category.strip().rstrip("/"))  # '//' is an escaped '/'
    last = parts[-1].replace("//", "/").strip()
    if not last or last.startswith("$") or last == "top":
        return None
    return last


# How Moodle names the categories it makes itself, in English and French (its lang strings
# question 'defaultfor', 'topfor': « Default for {course} », « Défaut pour … », « Par défaut
# pour … », « Top for … », « Haut pour … »): the course's or quiz's name, never the bank's own.
_MOODLE_DEFAULTS = re.compile(r"^(?:default for|(?:par )?défaut pour|top for|haut pour)\s", re.I)


def moodle_default_category(name: str) -> bool:
    """Whether ``name`` is a category Moodle made itself, which no teacher named."""
    return bool(_MOODLE_DEFAULTS.match(name.strip()))


def category_tag(category: str) -> str | None:
    """A tag from a Moodle category path: its last part, unless that is Moodle's own root."""
    name = category_name(category)
    return (slugify(name) or None) if name else None
