"""« (500 selon les organisateurs) », « (non confirmée par les analyses, selon la préfecture) »,
« (500 selon X, 300 selon Y) »: the words a source said inside a bracket, before it (passive54,
mend54c). Moved out of according_claim.py with the test of a « selon » that names someone
(mend55b: that file had reached 300 lines with recall55's lone bracket)."""

from __future__ import annotations

import re

from quizapp.draft.reporting.cues import Cue
from quizapp.draft.shapes.according.according_source import introduces_no_source
from quizapp.draft.shapes.detect.view import SentenceView, strip_span
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import Lexicon, built_once

# the bracket closes right after the source, or after a note the source ends with « ; » (mend55f)
_CLOSED_PIECE = re.compile(r"\s*(?:\)|;[^()]*\))")


def in_brackets(view: SentenceView, cue: Cue, source: Span, part_start: int) -> Span | None:
    """« (500 selon les organisateurs) », « (non confirmée par les analyses, selon la
    préfecture) »: a source said inside brackets that hold words before it, closed right
    after the source; those words, not the sentence around the brackets, are what it says
    (the keys' content in 7 of 7 such brackets of the corpus, passive54). A bracket of
    several sources (« (500 selon X, 300 selon Y) ») gives each its own piece, from the
    break after the source before it (``part_start``, according_claim._part_start) to its own
    « selon » (mend54c)."""
    text = view.text
    opening = text.rfind("(", view.span[0], cue.span[0])
    if opening < 0 or ")" in text[opening : cue.span[0]]:
        return None
    if not _CLOSED_PIECE.match(text, source[1]) and not _next_piece(view, source):
        return None
    start = part_start if _earlier_piece(view, cue, opening) else opening + 1
    inside = strip_span(text, (max(start, opening + 1), cue.span[0]))
    return inside if inside[1] > inside[0] else None


def _next_piece(view: SentenceView, source: Span) -> bool:
    """« (500 selon les organisateurs, 300 selon la police) »: after the source, a comma or
    « et » opens the piece of another « selon » that names someone before the bracket closes."""
    closing = view.text.find(")", source[1], view.span[1])
    if closing < 0 or "(" in view.text[source[1] : closing]:
        return False
    if not _piece_break(view.lex).match(view.text, source[1]):
        return False
    return any(
        other.kind == "according"
        and source[1] < other.span[0] < closing
        and names_source(view, other)
        for other in view.cues
    )


def _earlier_piece(view: SentenceView, cue: Cue, opening: int) -> bool:
    """Whether another « selon » of the same bracket comes before this one's."""
    return any(
        other.kind == "according" and opening < other.span[0] and other.span[1] < cue.span[0]
        for other in view.cues
    )


@built_once
def _piece_break(lex: Lexicon) -> re.Pattern[str]:
    """The comma, semicolon or word of ``according_pair_breaks`` (« et ») right after a
    source."""
    return re.compile(rf"\s*(?:[,;]|\b(?:{lex.one_of('according_pair_breaks')})\b)")


def names_source(view: SentenceView, other: Cue) -> bool:
    """« contre 16 000 selon la préfecture »: a « selon » that names someone, not a
    possessive (« à ses yeux ») nor a criterion (« selon les régions »)."""
    return other.pronoun is None and not introduces_no_source(view, other)
