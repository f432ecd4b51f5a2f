"""Turning rich text from other quiz tools into the plain text quizapp shows, and naming things.

Moodle stores question text as HTML or in its own auto-format. quizapp only ever shows plain
text (an untrusted file must not render markup), so imports strip the tags and decode the
entities here, keeping the line breaks a reader would see.
"""

from __future__ import annotations

import re

from quizapp.interchange.html_text import html_text
from quizapp.model.slugs import slugify
from quizapp.sets.catalog import say

_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
_SPACES = re.compile(r"[ \t\f\v]+")
_MARKUP = re.compile(r"<[A-Za-z/!]|&#?[A-Za-z0-9]+;")


def html_to_text(fragment: str, *, newlines_are_breaks: bool = False) -> tuple[str, int]:
    """Return the plain text of an HTML fragment and how many images it held.

    In HTML a source line break is only a space; Moodle's auto-format, though, shows it as a
    break, so its text keeps them (``newlines_are_breaks``).
    """
    if not newlines_are_breaks:
        fragment = fragment.replace("\r", " ").replace("\n", " ")
    text, images = html_text(fragment)
    return tidy_lines(text), images


def render_plain(body: str, fmt: str) -> tuple[str, list[str]]:
    """Plain text of a body written in a Moodle text format, and notes on what was dropped.

    ``html`` and Moodle's own auto-format may hold tags, which are removed; ``plain`` and
    ``markdown`` are kept as written (markdown reads well as it is).
    """
    if fmt in {"plain", "markdown"} or (fmt == "moodle" and not _MARKUP.search(body)):
        return tidy_lines(body), []
    text, images = html_to_text(body, newlines_are_breaks=fmt == "moodle")
    if not images:
        return text, []
    note = say(
        "import_images_dropped",
        "{count} embedded image(s) dropped near '{near}'",
        count=images,
        near=text[:40],
    )
    return text, [note]


def tidy_lines(text: str) -> str:
    """Fold runs of spaces, trim each line and keep at most one blank line in a row."""
    lines = [_SPACES.sub(" ", line).strip(" \t") for line in split_lines(text)]
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(line)
    return "\n".join(kept).strip()


def unique_slugs(names: list[str | None], fallback: str = "q") -> list[str]:
    """One distinct slug per name; a missing or unusable name becomes ``q3`` (its position).

    A name that already is a valid id (as in a file quizapp exported) is kept unchanged.
    """
    taken: set[str] = set()
    next_counter: dict[str, int] = {}  # per base, where to look next: n equal names cost O(n)
    slugs = []
    for position, name in enumerate(names, start=1):
        base = name if name and _SLUG.match(name) else slugify(name or "", max_length=60)
        base = base or f"{fallback}{position}"
        slug, counter = base, next_counter.get(base, 2)
        while slug in taken:
            slug, counter = f"{base}-{counter}", counter + 1
        next_counter[base] = counter
        taken.add(slug)
        slugs.append(slug)
    return slugs


def split_lines(text: str) -> list[str]:
    """Lines as an editor numbers them: only CR, LF and CRLF end a line (not U+2028 & co.)."""
    return re.split(r"\r\n|\r|\n", text)
