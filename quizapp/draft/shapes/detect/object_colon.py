"""A French object that reports by itself before a colon opening a quotation (« a reconnu une
défaillance : « … » »): a statement of its own, the quotation the same speaker's second one.

Out of detect/object_clause.py (tidy56), which reads the object itself: this shape asks it
for the object, then decides whether the colon ends it and whether it says something alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quizapp.draft.clause.inverted_subjects.clauses import inverted_before_colon
from quizapp.draft.clause.objects.contentless.intents import names_no_saying
from quizapp.draft.clause.objects.readings import own_word_object, people_word
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.shapes.detect.content_bounds import quote_with_own_cue
from quizapp.draft.shapes.detect.final_name import name_closes
from quizapp.draft.shapes.detect.object_clause import cue_then_object
from quizapp.draft.shapes.detect.object_verb import object_verb
from quizapp.draft.shapes.detect.view import Draft, SentenceView, strip_span
from quizapp.draft.text.segment import QUOTE_MARKS, Span
from quizapp.draft.words.lexicon import fold


def object_before_colon(view: SentenceView, cue: Cue, used: set[Span]) -> Draft | None:
    """ "a reconnu une défaillance : « … »", "pour sommer X de cesser le feu : « … »": a
    French object that reports by itself, before a colon opening a quotation, is a statement
    of its own, up to the colon; the quotation is the same speaker's second one
    (going_on/quoted_on.quotation_after_colon). An object holding the speaker's own word in
    quotation marks is a mixed one (« a qualifié la démarche de « désastreuse » : « … » »,
    split31: objects/readings.own_word_object)."""
    draft = _object_up_to_colon(view, cue, used)
    if draft is None:
        return None
    quoted = QUOTE_MARKS.search(view.text[slice(*draft.content)]) is not None
    if quoted and own_word_object(view, draft.content[0]):
        return replace(draft, kind="mixed")  # « a qualifié X de « Y » : « … » »
    if quoted or not _says_by_itself(view, cue, draft.content):
        return None
    return replace(draft, kind="indirect")


def _object_up_to_colon(view: SentenceView, cue: Cue, used: set[Span]) -> Draft | None:
    """The French cue's object cut at the colon that opens a quotation after it, when that
    colon ends the object itself (``_colon_follows_object``) and falls inside it."""
    if view.lex.language != "fr":
        return None
    colon = _COLON_QUOTE.search(view.text, cue.span[1], view.span[1])
    if colon is None or not _colon_follows_object(view, cue, colon.start()):
        return None
    draft = cue_then_object(view, cue, used)
    if draft is None or not draft.content[0] < colon.start() < draft.content[1] + 1:
        return None
    return replace(draft, content=strip_span(view.text, (draft.content[0], colon.start())))


def _colon_follows_object(view: SentenceView, cue: Cue, colon: int) -> bool:
    """The colon at ``colon`` ends the cue's own object: not after a cue that names where the
    words were read, an inverted subject, a later cue or a name closing a quotation, whose
    colon opens what they say rather than what this cue's object is."""
    reading = fold(" ".join(view.text[cue.span[0] : cue.span[1]].split()))
    if reading in view.lex.word_set("reading_cues"):
        return False  # « On pouvait lire sur les pancartes : « … » »: a place, no object
    mark = view.text.index(":", colon)
    if inverted_before_colon(view, cue, mark - cue.span[1]) or quote_with_own_cue(view, mark):
        return False  # "C, estime X, président de Y : « … »"; "C, se désole X : « … » ajoute Y"
    if any(cue.span[1] <= c.span[0] < colon for c in view.cues):
        return False  # "assure avoir dit : « … »": the colon is the later cue's
    return not name_closes(view, cue)  # « C raconte X, délégué CFDT : « … » »: X says C


def _says_by_itself(view: SentenceView, cue: Cue, content: Span) -> bool:
    """The object before the colon is a statement on its own, not what the quotation after
    it explains (a verb naming no saying) nor the few words of whom it is told."""
    words = fold(view.text[content[0] : content[1]]).split()
    verb = object_verb(view, cue)
    if len(words) < 2 or (verb and names_no_saying(view.lex, verb.bare, " ".join(words))):
        return False  # « a justifié sa démarche : « … » »: what the quotation explains
    return not (len(words) <= 3 and people_word(view.lex, words[-1]))  # « rassurer les éleveurs »


_COLON_QUOTE = re.compile(r"\s*:\s*[«“\"]")
