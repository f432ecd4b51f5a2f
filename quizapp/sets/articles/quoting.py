"""An article forwarded in an e-mail: its quoting marks taken off before it is read.

A teacher who pastes an article a colleague forwarded her takes the mail's quoting with it:
"> " at every line's start, "> > " where the article was forwarded twice. The marks stayed in
the article (paste52): the headline read « > Le collège ferme », the drafter's quotations and
the students' text were cut by them, and a line holding only ">" joined two paragraphs. When
most of the text's lines are quoted, every quoted line loses its marks (a line of only marks
becomes the blank line it was); a text with a stray ">" here and there keeps it.
"""

from __future__ import annotations

import re

_MARKS = re.compile(r"^[ \t]*>(?:[ \t]?>)*[ \t]?")


def unquoted(text: str) -> str:
    """``text`` without its e-mail quoting marks when most of its lines holding words are
    quoted; ``text`` itself otherwise."""
    lines = text.split("\n")
    filled = [line for line in lines if line.strip().strip(">").strip()]
    quoted = sum(bool(_MARKS.match(line)) for line in filled)
    if not filled or quoted * 2 <= len(filled):
        return text
    return "\n".join(_MARKS.sub("", line) for line in lines)
