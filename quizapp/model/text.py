"""Finding an author's passage in an article's text, forgiving the ways people type.

Teachers copy passages by hand: they retype straight quotes for curly ones, French guillemets
for English quotes, a no-break or thin space for an ordinary one (or none at all inside « »
and before : ; ! ?), three dots for an ellipsis, and break lines differently. A passage still
counts as verbatim when it differs from the article only in those ways. This is the ONE place
that decides it: the validator, scoring, highlighting, the editor and the drafter all call
``find_passage`` (or ``same_passage``), and the match maps back to the article's own character
offsets so the window can highlight the exact span.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

_EQUIVALENT_CHARS = {
    "\u2019": "'",  # right single quotation mark, the usual French apostrophe
    "\u2018": "'",
    "\u201b": "'",
    "\u02bc": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u00ab": '"',  # « guillemets count as plain double quotes
    "\u00bb": '"',
    "\u2039": '"',  # ‹ › single guillemets too
    "\u203a": '"',
    "\u2026": "...",  # the ellipsis character is three dots
}
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")  # zero-width and soft hyphen
_NO_SPACE_AFTER = frozenset('"')
_NO_SPACE_BEFORE = frozenset('":;!?')


@dataclass(frozen=True)
class NormalizedText:
    """A text folded for comparison, with the original span of every folded character.

    Whitespace runs become one space, dropped where French and English typing differ (after
    an opening and before a closing quote, before : ; ! ?); quotes and apostrophes become
    straight; an ellipsis becomes three dots. ``starts[i]``/``ends[i]`` give the half-open
    span in the original text that ``text[i]`` comes from.
    """

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def find(self, passage: str) -> tuple[int, int] | None:
        """Return the (start, end) offsets of ``passage`` in the original text, or None."""
        needle = normalize(passage).text
        if not needle:
            return None
        at = self.text.find(needle)
        if at < 0:
            return None
        return self.starts[at], self.ends[at + len(needle) - 1]


class _Folder:
    """Builds a ``NormalizedText`` one original character at a time."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.pending_space: int | None = None

    def add(self, index: int, char: str) -> None:
        if char.isspace():
            if self.pending_space is None:
                self.pending_space = index
            return
        if char in _INVISIBLE:
            return
        folded = _EQUIVALENT_CHARS.get(char, char)
        if self.pending_space is not None:
            self._flush_space(folded[0])
        for piece in folded:
            self.chars.append(piece)
            self.starts.append(index)
            self.ends.append(index + 1)

    def _flush_space(self, next_char: str) -> None:
        """Keep a space only between two characters that are always typed apart."""
        at, self.pending_space = self.pending_space, None
        if not self.chars or self.chars[-1] in _NO_SPACE_AFTER or next_char in _NO_SPACE_BEFORE:
            return
        self.chars.append(" ")
        self.starts.append(at)  # type: ignore[arg-type]
        self.ends.append(at + 1)  # type: ignore[operator]

    def result(self) -> NormalizedText:
        return NormalizedText("".join(self.chars), tuple(self.starts), tuple(self.ends))


def _fold(text: str) -> NormalizedText:
    folder = _Folder()
    for index, char in enumerate(text):
        folder.add(index, char)
    return folder.result()


@lru_cache(maxsize=64)
def normalize(text: str) -> NormalizedText:
    """Fold ``text`` for comparison; cached because one article serves many passages."""
    return _fold(text)


def find_passage(article: str, passage: str) -> tuple[int, int] | None:
    """Where ``passage`` stands in ``article`` (original offsets), ignoring typing differences."""
    return normalize(article).find(passage)


def same_passage(first: str, second: str) -> bool:
    """Whether two passages are the same words, typed differently (spaces, quotes, dots)."""
    return normalize(first).text == normalize(second).text


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Number of characters two half-open spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def unmatched_marks(text: str, opening: str, closing: str) -> tuple[int, int]:
    """How many closing marks come before any opening one, and how many opening marks are
    left open at the end: what a passage cut from its quotation lacks at each end. The
    drafter adds the marks a prompt lacks, the student's feedback widens its passage to them
    (one count for both since mend35ui; tidy35 found it written twice)."""
    depth, unopened = 0, 0
    for char in text:
        if char == opening:
            depth += 1
        elif char == closing and depth:
            depth -= 1
        elif char == closing:
            unopened += 1
    return unopened, depth
