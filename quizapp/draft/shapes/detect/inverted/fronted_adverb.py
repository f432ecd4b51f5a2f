"""A reporting verb right after a sentence's fronted adverb: « Surtout, dit Paul Roche, « … » »,
"Later, said Jane Roe, …". The adverb or connective before the comma links the sentence to
the one before and is never who speaks (adverbs38 counted it read as the speaker); the verb's
subject follows it, and what is said starts after the comma that closes the subject. Which
opening words are such an adverb is ``subjects/clause_bounds.fronted_adverb`` (since tidy39).
"""

from __future__ import annotations

import re

from quizapp.draft.clause.inverted_subjects.subject import source_after
from quizapp.draft.clause.subjects.clause_bounds import fronted_adverb
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.shapes.detect.view import (
    Draft,
    SentenceView,
    has_quote,
    relay_window,
    strip_span,
)
from quizapp.draft.text.segment import Span, words_in

_OPENING = re.compile(r"\s*([\w'’ -]+?)\s*,\s*$")


def subject_after_adverb(view: SentenceView, cue: Cue) -> Span | None:
    """The subject after a verb that follows only a sentence's fronted adverb and its comma
    (« Surtout, dit X, », "Later, said X, \"…\""); None for any other verb."""
    if cue.kind != "verb" or cue.pronoun is not None or cue.participle:
        return None
    opening = _OPENING.fullmatch(view.text[view.span[0] : cue.span[0]])
    if opening is None or not fronted_adverb(opening.group(1), view.lex):
        return None
    return source_after(view, cue)


def adverb_then_inverted_cue(view: SentenceView, cue: Cue, used: set) -> Draft | None:
    """« Surtout, dit Paul Roche, « il faut agir » »: the verb opens the clause after a
    fronted adverb, its subject follows it and a comma, then what is said (at least three
    words)."""
    source = subject_after_adverb(view, cue)
    if source is None:
        return None
    comma = re.match(r"\s*,\s*", view.text[source[1] : view.span[1]])
    if comma is None:
        return None
    content = strip_span(view.text, (source[1] + comma.end(), view.span[1]))
    if words_in(view.text, content) < 3:
        return None
    kind = "mixed" if has_quote(view, content) else "indirect"
    return Draft(content, cue.span, source, kind, None, 0.7, relay_window(view, cue))
