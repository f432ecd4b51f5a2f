"""One clause back from a verb of saying: what it gives (``Step``: the subject, or the clause
to read next), and the subject a clause's own noun phrase gives when nothing else settles it
(not a setting or an aside; a long one only with its relative or participle fitting).
"""

from __future__ import annotations

from dataclasses import dataclass

from quizapp.draft.clause.noun_phrases.noun_phrase import noun_phrase, participle_subject_fits
from quizapp.draft.clause.subjects.apposed_subject import with_name_before
from quizapp.draft.clause.subjects.clause_bounds import participle_aside, skip_segment, subordinated
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.reporting.english_cue_forms.english_subjects import long_subject_fits
from quizapp.draft.shapes.detect.view import SentenceView
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import Lexicon, fold


@dataclass(frozen=True)
class Step:
    """What one clause back from the verb gives: the subject (``done``; None for no subject),
    or the end of the clause before it to look at next."""

    done: bool
    subject: Span | None = None
    next_end: int = 0


def phrase_subject(
    view: SentenceView, cue: Cue, span: Span, start: int, segment: str
) -> Step | None:
    """The noun phrase the segment holds, unless it is a setting or an aside (", led by X,");
    a long one only with its relative or participle fitting."""
    skip = skip_segment(view.lex).match(segment)
    aside = skip or participle_aside(segment, view.lex)  # ", led by X,"
    if span[1] <= span[0] or aside:
        return None
    ending = fold(view.tokens[cue.first].text)[-3:]  # "have lawmakers calling"
    phrase = noun_phrase(view.text, span, view.lex, ending in {"ing", "ant"})
    if phrase is None:  # « …, qui, à 78 ans, brigue un mandat, appelle »: look further back,
        return Step(True) if subordinated(view, start) else None  # not past « que »
    written = view.text[phrase[0] : phrase[1]]  # a long one with its relative still fits
    too_long = len(written.split()) > 14 and not _relative_fits(view.lex, written)
    too_long = too_long and not participle_subject_fits(view.text, phrase, view.lex)
    return Step(True, None if too_long else with_name_before(view, phrase))


def _relative_fits(lex: Lexicon, written: str) -> bool:
    """ "A woman in her 80s who has been living at the Lough for the past 60 years told…":
    an English noun phrase and its relative clause (english_subjects.long_subject_fits)."""
    return lex.language == "en" and long_subject_fits(lex, written)
