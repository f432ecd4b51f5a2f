"""Where an object of a verb of saying ends at a second verb of the same subject.

« Les gendarmes proposent d'aller parler à son voisin et l'incitent à déposer une plainte »:
the content of « proposent » is its object, « d'aller parler à son voisin »; « et l'incitent »
joins a second predicate to the subject, not a second part of what was proposed. The content
bounds cut before a later *cue* joined so (content_bounds._joins_before); a verb the cue reader
does not take (« l'incitent », « affichent ») ran on into the content (bounds52: one finding
holding two keys, or a key covered under 30 %).
"""

from __future__ import annotations

import re

from quizapp.draft.clause.noun_phrases.noun_phrase import holds_finite_verb
from quizapp.draft.shapes.detect.view import SentenceView
from quizapp.draft.text.segment import tokens
from quizapp.draft.words.lexicon import Lexicon, built_once, finite_or_auxiliary, fold


def second_predicate_end(view: SentenceView, start: int, end: int) -> int:
    """``end``, or the « et » (with the comma before it) that opens a second predicate of the
    cue's subject: outside any quotation, a finite verb right after it, maybe behind clitics
    (lexicon ``second_predicate_clitics``), and no finite verb in the content up to it (an
    object or an infinitive, never a clause whose own verb the « et » may join, nor a clause
    opened by « que », whose verb the lexicon may not list)."""
    if _after_que(view.lex).search(view.text, max(0, start - 8), start):
        return end  # « affirme que les agents manquaient de moyens et travaillaient trop »
    for join in _joins(view.lex).finditer(view.text, start, end):
        before = (start, join.start())
        if any(q[0] < join.start() < q[1] for q in view.quotes):
            continue
        if holds_finite_verb(view.text, before, view.lex):
            return end
        if _verb_after(view, join.end(), end):
            return join.start()
    return end


def _verb_after(view: SentenceView, at: int, end: int) -> bool:
    """A finite verb after the clitics: a reporting form or an auxiliary the lexicon lists, or
    an ending only a verb has (lexicon ``second_predicate_endings``: « émettaient »)."""
    clitics = view.lex.word_set("second_predicate_clitics")
    for token in tokens(view.text, (at, min(end, at + 40)), view.lex.language):  # a few words
        word = fold(token.text)
        if word not in clitics:
            if token.text[:1].isupper():
                return False
            endings = tuple(view.lex.words("second_predicate_endings"))
            return word in finite_or_auxiliary(view.lex) or (
                len(word) > 6 and word.endswith(endings)
            )
    return False


@built_once
def _joins(lex: Lexicon) -> re.Pattern[str]:
    """« et » set off by spaces, maybe after a comma (lexicon ``second_predicate_joins``)."""
    words = lex.one_of("second_predicate_joins")
    return re.compile(rf",?\s(?:{words})\s", re.IGNORECASE)


@built_once
def _after_que(lex: Lexicon) -> re.Pattern[str]:
    """A position right after « que » (lexicon ``subordinators``)."""
    return re.compile(rf"\b(?:{lex.one_of('subordinators')})\s*$", re.IGNORECASE)
