"""Finding an author's passage in an article's text, forgiving typing differences.

Teachers copy passages by hand: they retype straight quotes for curly ones, French guillemets
for English quotes, and break lines differently. A passage still counts as verbatim when it
differs from the article only in those ways, and the match must map back to the article's own
character offsets so the window can highlight the exact span.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

_EQUIVALENT_CHARS = {
    "\u2019": "'",  # right single quotation mark, the usual French apostrophe
    "\u2018": "'",
    "\u201b": "'",
    "\u02bc": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u00ab": '"',  # « guillemets count as plain double quotes
    "\u00bb": '"',
}


@dataclass(frozen=True)
class NormalizedText:
    """A text with its whitespace runs folded to one space and its quotes made straight.

    ``origins[i]`` is the offset in the original text of ``text[i]``; one more entry, the
    original length, closes the list so that an end offset maps back too.
    """

    text: str
    origins: tuple[int, ...]

    def find(self, passage: str) -> tuple[int, int] | None:
        """Return the (start, end) offsets of ``passage`` in the original text, or None."""
        needle = normalize(passage).text.strip()
        if not needle:
            return None
        at = self.text.find(needle)
        if at < 0:
            return None
        return self.origins[at], self.origins[at + len(needle) - 1] + 1


def _fold(text: str) -> NormalizedText:
    chars: list[str] = []
    origins: list[int] = []
    for index, char in enumerate(text):
        if char.isspace():
            if chars and chars[-1] == " ":
                continue
            char = " "
        chars.append(_EQUIVALENT_CHARS.get(char, char))
        origins.append(index)
    origins.append(len(text))
    return NormalizedText("".join(chars), tuple(origins))


@lru_cache(maxsize=64)
def normalize(text: str) -> NormalizedText:
    """Fold ``text`` for comparison; cached because one article serves many passages."""
    return _fold(text)


def find_passage(article: str, passage: str) -> tuple[int, int] | None:
    """Where ``passage`` stands in ``article`` (original offsets), ignoring typing differences."""
    return normalize(article).find(passage)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Number of characters two half-open spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))
