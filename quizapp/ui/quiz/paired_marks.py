"""Quotation marks paired where the quiz shows part of the article: a passage in the
feedback, and the first words of a paragraph over the article.

A drafted "who said this?" question keeps as evidence the quoted words and their reporting
clause, from inside the quotation: « Nous partirons demain », a dit la maire. The feedback
showed it as « nous partirons demain », a dit la maire » and a learner read a closing mark
with no opening one (ui35). The passage is widened to the mark that opens (or closes) it in
the same paragraph; a mark still alone at an edge of the passage is left out. Plain text
only, no Qt: the question page widens the spans it highlights the same way.

An English quiz listed its passages between French guillemets, one of them cut inside a
quotation typed with straight marks (« We have protected … seven," she told », ui45): the list
now writes the set's language's pair, and a straight " is paired by its rank in the paragraph.

The first words of the paragraph a question is about, as the line over the article names
it (« The question is about the shaded paragraph, … »; ``paragraph_start``, written as a module
of its own by words47 and moved here so that ui/quiz/ keeps fifteen modules).

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

from quizapp.model.quizset import primary
from quizapp.model.text import unmatched_marks

# (opening, closing): French guillemets and English curly quotes; the straight " and the
# apostrophe ’ cannot tell an opening from a closing and are left as they are
PAIRS = (("«", "»"), ("“", "”"))
STRAIGHT = '"'
# the pair the feedback's list puts around a passage, by the set's language (ui46); another
# language keeps the French pair the list always wrote
LIST_MARKS = {"fr": ("« ", " »"), "en": ("“", "”")}


def paired_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span widened within its paragraph so its quotation marks pair: what the article
    highlights, so the highlight and the feedback's words show the same marks."""
    for opening, closing in PAIRS:
        start, end = _widened(text, start, end, opening, closing)
    return _widened_straight(text, start, end)


def paired_passage(text: str, start: int, end: int) -> str:
    """``text[start:end]`` widened within its paragraph so its quotation marks pair."""
    passage = text[slice(*paired_span(text, start, end))]
    for opening, closing in PAIRS:
        passage = _trimmed(passage, opening, closing)
    return passage


def in_marks(passage: str, language: str = "fr") -> str:
    """``passage`` between the marks of the set's ``language`` for the feedback's list (« … »
    in French, “…” in English), unless it already opens or closes on its own marks, all
    paired: « «Il a dit…» » read heavy (mend35ui), and « « On ferme d'abord… », a lancé X »
    showed two opening marks (ui40's walk-through), so such a passage is shown as the article
    writes it. Marks only inside it (« Il a dit « non » hier ») keep the list's pair around it."""
    bare = passage.strip()
    for opening, closing in PAIRS:
        at_edge = bare[:1] == opening or bare[-1:] == closing
        if at_edge and unmatched_marks(bare, opening, closing) == (0, 0):
            return bare
    if STRAIGHT in (bare[:1], bare[-1:]) and bare.count(STRAIGHT) % 2 == 0:
        return bare
    opening, closing = LIST_MARKS.get(primary(language), LIST_MARKS["fr"])
    return f"{opening}{passage}{closing}"


def _widened(text: str, start: int, end: int, opening: str, closing: str) -> tuple[int, int]:
    lone_closing, lone_opening = unmatched_marks(text[start:end], opening, closing)
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    last = len(text) if last < 0 else last
    for _ in range(lone_closing):
        found = text.rfind(opening, first, start)
        start = found if found >= 0 else start
    for _ in range(lone_opening):
        found = text.find(closing, end, last)
        end = found + 1 if found >= 0 else end
    return start, end


def _widened_straight(text: str, start: int, end: int) -> tuple[int, int]:
    """The span widened to the straight marks of the quotation it starts or ends in: in a
    paragraph holding an even number of ", an odd number before a point puts it inside a
    quotation. A paragraph with an odd number (a quotation running on to the next paragraph)
    cannot tell them apart and is left as it is."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    last = len(text) if last < 0 else last
    marks = _quotation_marks(text, first, last)
    if len(marks) % 2:
        return start, end
    before_start = [mark for mark in marks if mark < start]
    after_end = [mark for mark in marks if mark >= end]
    if len(before_start) % 2:
        start = before_start[-1]
    if (len(marks) - len(after_end)) % 2:
        end = after_end[0] + 1
    return start, end


def _quotation_marks(text: str, first: int, last: int) -> list[int]:
    """Where a straight " in ``text[first:last]`` may be a quotation mark: one right after a
    figure is an inch mark ('The 5" screen and the 7" one' paired them, mend46a)."""
    found = text.find(STRAIGHT, first, last)
    marks = []
    while found >= 0:
        if not (found > 0 and text[found - 1].isdigit()):
            marks.append(found)
        found = text.find(STRAIGHT, found + 1, last)
    return marks


def _trimmed(passage: str, opening: str, closing: str) -> str:
    """A mark still alone at the passage's start (a closing one) or end (an opening one)
    left out, with its spaces."""
    lone_closing, lone_opening = unmatched_marks(passage, opening, closing)
    if lone_closing and passage.lstrip().startswith(closing):
        passage = passage.lstrip()[1:].lstrip(" \u00a0\u202f,")
    if lone_opening and passage.rstrip().endswith(opening):
        passage = passage.rstrip()[:-1].rstrip(" \u00a0\u202f:")
    return passage


_WORD = re.compile(r"\S+")
_CLOSING_OF = {**dict(PAIRS), "\u2018": "\u2019"}  # and ‘ ’, whose ’ is also the apostrophe
_SPACES = " \u00a0\u202f"


def paragraph_start(paragraph: str, count: int = 8) -> str:
    """The paragraph's first ``count`` words (a mark standing alone is no word), « … » where
    they stop short of its end, then the marks that close what they left open. The last word's
    own points of suspension go (« surprises... » read « surprises...… », teacher53)."""
    tokens = list(_WORD.finditer(paragraph))
    words = [token for token in tokens if any(char.isalnum() for char in token.group())]
    if len(words) <= count:
        return paragraph.strip()
    shown = paragraph[: words[count - 1].end()].strip().rstrip(",;:")
    shown = re.sub(r"(?<=\w)(?:\.{2,}|…)$", "", shown)
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
