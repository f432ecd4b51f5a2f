"""An inserted cue with a clitic subject, set off by commas in narration before a quotation
that closes the sentence (« …qui souhaite, dit-il, « s'ouvrir davantage » », frag54). Out of
``quoted`` (mend54b, the review of frag54), which it had brought to 300 lines."""

from __future__ import annotations

import re

from quizapp.draft.reporting.cues import Cue
from quizapp.draft.shapes.detect.view import (
    CLOSING_MARK_AT_END,
    MARKS_ONLY,
    Draft,
    SentenceView,
    inner,
    relay_window,
    strip_span,
)
from quizapp.draft.text.segment import words_in

_COMMA_THEN_QUOTE = re.compile(r"\s*,\s*[«“\"]")


def inserted_clitic_cue(view: SentenceView, cue: Cue) -> Draft | None:
    """The quotation after « , dit-il, » with the narration it completes, as an inserted cue
    with a named subject reports both, not the narration alone; a cue after a closing mark is
    ``quoted.quote_then_cue``'s."""
    before = view.text[view.span[0] : cue.span[0]].rstrip()
    after = _COMMA_THEN_QUOTE.match(view.text, cue.span[1], view.span[1])
    if not before.endswith(",") or after is None or CLOSING_MARK_AT_END.search(before[:-1]):
        return None
    quote = next((q for q in view.quotes if q[0] == after.end() - 1), None)
    rest = view.text[quote[1] : view.span[1]] if quote else ""
    if quote is None or not MARKS_ONLY.fullmatch(rest):
        return None
    lead = strip_span(view.text, (view.span[0], cue.span[0]))
    if words_in(view.text, lead) < 2:
        return None
    content = (lead[0], inner(view.text, quote)[1])
    return Draft(content, cue.span, None, "mixed", cue.pronoun, 0.7, relay_window(view, cue))
