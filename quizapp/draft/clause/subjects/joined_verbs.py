"""A second verb joined by « et » / "and" to a verb of saying: whose subject it shares. The
first verb's, when the clause it opens (« a annoncé qu'il … et a appelé ») and the joined verb
agree in number; else the short noun phrase that opens the sentence.
"""

from __future__ import annotations

from quizapp.draft.clause.subjects.clause_bounds import before_first_verb, skip_segment
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.shapes.detect.view import SentenceView
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import fold


def cue_of_object_clause(view: SentenceView, start: int) -> Cue | None:
    """The verb cue whose object clause opens at ``start`` (« a annoncé qu' », "said that"):
    a verb joined by « et » at that clause's end shares the cue's subject."""
    earlier = [c for c in view.cues if c.span[1] <= start and c.kind == "verb"]
    if not earlier:
        return None
    between = fold(view.text[earlier[-1].span[1] : start]).strip()
    return earlier[-1] if between in view.lex.word_set("object_clause_openers") else None


def same_number(view: SentenceView, said: Cue, joined: Cue) -> bool:
    """Whether the joined verb is written in the number of the cue it may share a subject
    with: « a annoncé qu'il … et a appelé » does, « a annoncé que les habitants ont protesté
    et ont affirmé » does not (the clause's plural subject goes on). French verbs show it
    (a plural ends in « -nt »: « ont, sont, affirment »); English ones do not."""
    if view.lex.language != "fr":
        return True
    first = [fold(view.text[c.span[0] : c.span[1]].split()[0]) for c in (said, joined)]
    return first[0].endswith("nt") == first[1].endswith("nt")


def opening_subject(view: SentenceView, end: int) -> Span | None:
    """The words that open the sentence before its first verb ("Le conseil, invoquant…,
    a invalidé… et proclamé"), when they are a short noun phrase."""
    subject = before_first_verb(view, (view.span[0], end))
    words = view.text[subject[0] : subject[1]].split() if subject else []
    return subject if 1 <= len(words) <= 8 and not skip_segment(view.lex).match(words[0]) else None
