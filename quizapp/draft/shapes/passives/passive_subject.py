"""The subject a passive reporting verb reports, read back from its form of être (moved out
of passive.py, mend48a, which had passed 300 lines): « La fermeture a été annoncée par… »."""

from __future__ import annotations

import re

from quizapp.draft.shapes.detect.view import SentenceView, strip_span
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once, fold


def predicate(view: SentenceView, subject: Span) -> bool:
    """« X, conséquence de…, est un sujet qui est évoqué depuis des années par les soignants »:
    the relative's antecedent is the noun after a copula, so what was read as the subject
    opens on a form of être and is no noun phrase that was said (recall30)."""
    first = view.text[subject[0] : subject[1]].split()[:1]
    return bool(first) and fold(first[0]) in view.lex.word_set("passive_being_forms")


def without_auxiliary(view: SentenceView, span: Span) -> Span:
    """ "La fermeture a été annoncée", "Les résultats vont être proclamés", "un drame ancien
    qui était dénoncé", "projet qui vient d'être confirmé": the subject without what stands
    between it and the form of être, an auxiliary or a modal (lexicon ``unfinished_verbs``),
    « venir de » or a relative pronoun (``passive_subject_tails``)."""
    start, end = span
    tail = _subject_tail(view.lex)
    found = tail.search(view.text, start, end)
    while found is not None and found.start() > start:
        start, end = strip_span(view.text, (start, found.start()))
        found = tail.search(view.text, start, end)
    return start, end


@built_once
def _subject_tail(lex: Lexicon) -> re.Pattern[str]:
    words = alternation(lex.words("unfinished_verbs") + lex.words("passive_subject_tails"))
    return re.compile(rf"(?i)\s+(?:{words or '(?!)'})\s*$")
