"""The first words of the paragraph a question is about, as the line over the article names
it (« The question is about the shaded paragraph, … »).

ui37b left out every quotation mark of those words, so that a paragraph opening on a
quotation did not read « « L’un des petits… » »; but the marks inside went too, and
« L'opposition a voté contre. « On nous demande de… » » read « L'opposition a voté contre. On
nous demande de… », a quotation shown as the newspaper's own words (teacher47, words47). The
marks now stay as the article writes them; a quotation the cut leaves open is closed after the
« … »; words opening on their own mark are shown without the window's (as ``in_marks`` does
for the feedback's passages), so no two marks stand on top of each other. Display only: the
set's file and the article are untouched. Plain text, no Qt.

British outlets quote with single curly marks (‘We won’t stop…’): the ‘ was no mark here, so
the cut quotation stayed open inside the window's “ ” (review47). ‘ now opens one; a ’ between
two letters (« won’t », « n’arrêtera ») is an apostrophe and closes nothing.
"""

from __future__ import annotations

import re

from quizapp.ui.quiz.paired_marks import PAIRS, STRAIGHT

_WORD = re.compile(r"\S+")
_CLOSING_OF = {**dict(PAIRS), "\u2018": "\u2019"}  # and ‘ ’, whose ’ is also the apostrophe
_SPACES = " \u00a0\u202f"


def paragraph_start(paragraph: str, count: int = 8) -> str:
    """The paragraph's first ``count`` words (a mark standing alone is no word), « … » where
    they stop short of its end, then the marks that close what they left open."""
    tokens = list(_WORD.finditer(paragraph))
    words = [token for token in tokens if any(char.isalnum() for char in token.group())]
    if len(words) <= count:
        return paragraph.strip()
    shown = paragraph[: words[count - 1].end()].strip().rstrip(",;:")
    return f"{shown}…{_closers(shown)}"


def opens_on_a_mark(words: str) -> bool:
    """Whether ``words`` begin with a quotation mark of their own: the window puts none of
    its own around them (« « … » » read heavy, ui37b)."""
    return words[:1] in (*_CLOSING_OF, STRAIGHT)


def _closers(shown: str) -> str:
    """The closing marks of the quotations ``shown`` opens and does not close, innermost
    first, each spaced as its opening mark is (« with a space, » with one too)."""
    still_open: list[tuple[str, bool]] = []
    for at, char in enumerate(shown):
        if char in _CLOSING_OF:
            still_open.append((char, shown[at + 1 : at + 2] in tuple(_SPACES)))
        elif _closes(shown, at, still_open):
            still_open.pop()
    closers = "".join(
        f"\u00a0{_CLOSING_OF[mark]}" if spaced else _CLOSING_OF[mark]
        for mark, spaced in reversed(still_open)
    )
    if shown.count(STRAIGHT) % 2:
        closers += STRAIGHT  # a quotation typed with straight marks, cut open
    return closers


def _closes(shown: str, at: int, still_open: list[tuple[str, bool]]) -> bool:
    """Whether the mark at ``at`` closes the innermost quotation open; a ’ between two
    letters (« won’t ») is an apostrophe, not the end of a quotation."""
    if not still_open or shown[at] != _CLOSING_OF[still_open[-1][0]]:
        return False
    return not (shown[at - 1 : at].isalpha() and shown[at + 1 : at + 2].isalpha())
