"""British quotation marks: ‘We are devastated,’ said Mrs Jones.

Many English outlets quote speech between single marks, whose closing mark is also the
apostrophe (It’s, the residents’ group). The rules read double marks, so the drafter reads
an English article through a copy where each single quotation is written with “ and ”: the
same number of characters, hence the same offsets, so every finding still points into the
article as written.
"""

from __future__ import annotations

import re

_OPENER = re.compile(r"(?<![\w’'])‘(?=\S)")


def as_double_quotes(text: str) -> str:
    """``text`` with each ‘…’ quotation written “…”; apostrophes are left alone."""
    if "‘" not in text:
        return text
    chars = list(text)
    for opener in _OPENER.finditer(text):
        at = opener.start()
        if chars[at] != "‘":
            continue
        close = _closing(text, at)
        if close is not None:
            chars[at], chars[close] = "“", "”"
        elif _reopened_next(text, at):
            chars[at] = "“"  # a quotation going on in the next paragraph, reopened there
    return "".join(chars)


def _closing(text: str, opener: int) -> int | None:
    """The ’ that closes the quotation opened at ``opener``, in the same paragraph."""
    end = text.find("\n", opener)
    end = len(text) if end < 0 else end
    depth = 0
    for at in range(opener + 1, end):
        char = text[at]
        if char == "‘" and not text[at - 1].isalnum():
            depth += 1
        elif char == "’" and not _apostrophe(text, at):
            if depth == 0:
                return at
            depth -= 1
    return None


def _apostrophe(text: str, at: int) -> bool:
    """A ’ inside a word (It’s, don’t), or after a plural before its noun (the residents’ group)."""
    after = text[at + 1 : at + 3]
    if after[:1].isalnum():
        return True
    return text[at - 1 : at] == "s" and after[:1] == " " and after[1:2].islower()


def _reopened_next(text: str, opener: int) -> bool:
    end = text.find("\n", opener)
    if end < 0:
        return False
    following = re.match(r"\s*(\S)", text[end:])
    return following is not None and following.group(1) == "‘"
