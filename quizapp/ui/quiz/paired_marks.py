"""A passage of the article shown in the feedback with its quotation marks paired.

A drafted "who said this?" question keeps as evidence the quoted words and their reporting
clause, from inside the quotation: « Nous partirons demain », a dit la maire. The feedback
showed it as « nous partirons demain », a dit la maire » and a learner read a closing mark
with no opening one (ui35). The passage is widened to the mark that opens (or closes) it in
the same paragraph; a mark still alone at an edge of the passage is left out. Plain text
only, no Qt: the question page widens the spans it highlights the same way.
"""

from __future__ import annotations

from quizapp.model.text import unmatched_marks

# (opening, closing): French guillemets and English curly quotes; the straight " and the
# apostrophe ’ cannot tell an opening from a closing and are left as they are
PAIRS = (("«", "»"), ("“", "”"))


def paired_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span widened within its paragraph so its quotation marks pair: what the article
    highlights, so the highlight and the feedback's words show the same marks."""
    for opening, closing in PAIRS:
        start, end = _widened(text, start, end, opening, closing)
    return start, end


def paired_passage(text: str, start: int, end: int) -> str:
    """``text[start:end]`` widened within its paragraph so its quotation marks pair."""
    passage = text[slice(*paired_span(text, start, end))]
    for opening, closing in PAIRS:
        passage = _trimmed(passage, opening, closing)
    return passage


def in_marks(passage: str) -> str:
    """``passage`` between « and » for the feedback's list, unless it already opens or closes
    on its own marks, all paired: « «Il a dit…» » read heavy (mend35ui), and « « On ferme
    d'abord… », a lancé X » showed two opening marks (ui40's walk-through), so such a passage
    is shown as the article writes it. Marks only inside it (« Il a dit « non » hier ») keep
    the list's pair around it."""
    bare = passage.strip()
    for opening, closing in PAIRS:
        at_edge = bare[:1] == opening or bare[-1:] == closing
        if at_edge and unmatched_marks(bare, opening, closing) == (0, 0):
            return bare
    return f"« {passage} »"


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


def _trimmed(passage: str, opening: str, closing: str) -> str:
    """A mark still alone at the passage's start (a closing one) or end (an opening one)
    left out, with its spaces."""
    lone_closing, lone_opening = unmatched_marks(passage, opening, closing)
    if lone_closing and passage.lstrip().startswith(closing):
        passage = passage.lstrip()[1:].lstrip(" \u00a0\u202f,")
    if lone_opening and passage.rstrip().endswith(opening):
        passage = passage.rstrip()[:-1].rstrip(" \u00a0\u202f:")
    return passage
