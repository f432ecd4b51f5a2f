"""A penalty requested in the passive with nobody named: « Quatre ans de prison, dont deux
avec sursis, ont été requis contre X » is the prosecution's request, an impersonal voice.

Moved out of detect/passive.py, which calls ``required_penalty`` for an agentless passive.
"""

from __future__ import annotations

import re

from quizapp.draft.detect.view import Draft, SentenceView, strip_span
from quizapp.draft.lexicon import fold
from quizapp.draft.rules.passive_lexicon import penalty_forms
from quizapp.draft.segment import Token

# A penalty as the subject of « ont été requis / demandés »: « quatre ans de prison, dont
# deux avec sursis », « une peine de dix mois », « la relaxe ».
_PENALTY = re.compile(
    r"(?:^|[,;:]\s*(?!dont\b)|\bque\s+)((?:(?:une|la|des|les)\s+)?(?:peines?\s+de\s+)?"
    r"(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente)"
    r"\s+(?:ans?|mois|années?)\b[^;:]*?|(?:une|la)\s+(?:peine|relaxe|amende|réclusion)\b[^;:]*?)"
    r"(?:\s+(?:a|ont|avait|avaient|aurait|auraient))?\s*$",
    re.IGNORECASE,
)


_PENALTY_WORD = re.compile(
    r"\b(?:prison|réclusion|emprisonnement|sursis|ferme|amendes?|peines?|relaxe|détention)\b",
    re.IGNORECASE,
)


def required_penalty(view: SentenceView, index: int, being: Token) -> Draft | None:
    """ "Quatre ans de prison, dont deux avec sursis, ont été requis contre X": the
    prosecution's request, an impersonal voice when nobody is named (lexicon
    penalty_passive_verbs). ``being``: the form of être before the participle."""
    token = view.tokens[index]
    if fold(token.text) not in penalty_forms(view.lex):
        return None
    penalty = _PENALTY.search(view.text[view.span[0] : being.start])
    if penalty is None or not _PENALTY_WORD.search(penalty.group(1)):
        return None  # "trois ans de travaux ont été demandés": no penalty
    start = view.span[0] + penalty.start(1)
    said = strip_span(view.text, (start, start + len(penalty.group(1))))
    return Draft(said, (being.start, token.end), None, "indirect", "on", 0.5, "")
