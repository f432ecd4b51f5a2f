"""« Plus de 200 personnes (selon les organisateurs) sont venues … »: a bracket that holds
nothing but « selon X », set between a subject and its predicate. The source vouches for the
whole sentence, not for the words before its bracket: those are only the subject, with no verb
of their own, and the predicate that makes them a claim comes after the bracket (recall55).
passive54's ``bracket_pieces.in_brackets`` reads a bracket that holds words before its
source (« (500 selon les organisateurs) ») and gives those words; this one reads the bracket
with no such words."""

from __future__ import annotations

from quizapp.draft.clause.noun_phrases.noun_phrase import holds_finite_verb
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.shapes.detect.view import SentenceView, strip_span
from quizapp.draft.speakers.speaker_checks.can_speak import can_speak
from quizapp.draft.text.segment import Span, words_in


def lone_bracket_claim(view: SentenceView, cue: Cue, source: Span, start: int) -> Span | None:
    """The sentence from ``start`` (where the claim may start) to its end, when the cue's
    bracket opens right before « selon » and closes right after ``source``, the words before
    it hold no finite verb and those after it do. « La mobilisation a été forte où entre 2.300
    (selon la police) et 2.500 (selon les syndicats) personnes ont défilé » keeps its figures:
    the words before the first bracket hold the verb, and the second source's part starts past
    the first one (``start``): a pair of figures, each source's own (``_paired``)."""
    text, lex = view.text, view.lex
    if start != view.span[0] or _paired(view, cue):  # « entre 800 (selon X) et 1.200 (selon Y) »
        return None
    opening = text.rfind("(", start, cue.span[0])
    if opening < 0 or text[opening + 1 : cue.span[0]].strip():
        return None
    after = text[source[1] : view.span[1]]
    closing = source[1] + len(after) - len(after.lstrip())
    if not text.startswith(")", closing) or not _speaks(view, source):
        return None
    subject = strip_span(text, (start, opening))
    predicate = strip_span(text, (closing + 1, view.span[1]))
    if words_in(text, subject) < 1 or holds_finite_verb(text, subject, lex):
        return None
    if not holds_finite_verb(text, predicate, lex):
        return None
    return strip_span(text, (subject[0], view.span[1]))


def _speaks(view: SentenceView, source: Span) -> bool:
    """The bracket's source is a person, a body or a document (``can_speak`` with no unknown
    noun): « (selon la tradition) », « (selon la recette) » say "following", and vouch for
    nothing (mend55b)."""
    return can_speak(view.text[source[0] : source[1]], view.lex, unknown_nouns=False)


def _paired(view: SentenceView, cue: Cue) -> bool:
    """Another « selon » in the sentence: each source gives its own figure (« Entre 800
    (selon la police) et 1.200 (selon les syndicats) salariés ont défilé »), passive54's
    and mend54c's shape, never the whole sentence for one of them."""
    return any(other.kind == "according" and other is not cue for other in view.cues)
