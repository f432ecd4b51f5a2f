"""Impersonal reading cues: « « … », pouvait-on lire sur des banderoles », « lit-on dans le
rapport de la Cour des comptes », « On pouvait lire sur les pancartes : « … » ». The « on »
of such a cue is whoever read or heard the words; they were written or shouted by what stands
after « sur / dans » (a banner, a crowd, a document whose author resolved_drafts then takes),
so that place is the source, not the impersonal « on ». Lexicon ``reading_cues`` (the cue
forms) and ``reading_prepositions``."""

from __future__ import annotations

import re

from quizapp.draft.shapes.detect.view import Draft, SentenceView, overlap, strip_span
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import Lexicon, built_once, fold, led_by


def reading_place(view: SentenceView, draft: Draft) -> tuple[bool, Span | None]:
    """Whether the draft's cue is a reading cue whose subject is the impersonal « on », and
    the place it names right after it (« sur des banderoles »; None when none follows)."""
    lex, text = view.lex, view.text
    if draft.cue is None or not lex.words("reading_cues"):
        return False, None
    cue = fold(" ".join(text[draft.cue[0] : draft.cue[1]].split()))
    if cue not in lex.word_set("reading_cues"):
        return False, None
    if draft.source is not None and fold(text[draft.source[0] : draft.source[1]]) != "on":
        return False, None
    found = _place_pattern(lex).match(text, draft.cue[1], view.span[1])
    return True, strip_span(text, found.span("place")) if found else None


def misread(view: SentenceView, draft: Draft, place: Span | None) -> bool:
    """A reading cue that reports nothing: the place taken for the words read (« Peut-on
    lire dans le noir ? »), or « on » before the verb with no place to read in (« On peut
    lire un long portrait de X dans M »: what is read is an object, not words)."""
    if place is not None:
        return overlap(place, draft.content)
    assert draft.cue is not None
    first = fold(view.text[draft.cue[0] : draft.cue[1]].split()[0])
    return first in view.lex.word_set("impersonal")


@built_once
def _place_pattern(lex: Lexicon) -> re.Pattern[str]:
    place = r"(?P<place>(?:(?!\s(?:que\b|qu['’]))[^,;:.!?«»“”\"])+)"
    return led_by(lex, "reading_prepositions", rf"\s+{place}")
