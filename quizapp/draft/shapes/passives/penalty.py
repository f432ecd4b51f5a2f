"""Passives with nobody named that still report, an impersonal voice: a penalty requested
(« Quatre ans de prison, dont deux avec sursis, ont été requis contre X » is the prosecution's
request), an announcement (« le trafic est annoncé normal sur l'axe Est ») and a criticism
with the critics' own word quoted (« le réseau est critiqué pour son aspect "addictif" »).

Moved out of passives/passive.py, which calls ``required_penalty`` for an agentless passive.
"""

from __future__ import annotations

import re

from quizapp.draft.clause.subjects.clause_bounds import clause_start_before
from quizapp.draft.shapes.detect.view import Draft, SentenceView, has_quote, strip_span
from quizapp.draft.shapes.passives.passive_lexicon import listed_forms
from quizapp.draft.text.segment import Token, words_in
from quizapp.draft.words.lexicon import fold

_REFLEXIVE_AT_END = re.compile(r"(?i)\bs['’]\s*$")

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
    if fold(token.text) not in listed_forms(view.lex, "penalty_passive_verbs"):
        return None
    penalty = _PENALTY.search(view.text[view.span[0] : being.start])
    if penalty is None or not _PENALTY_WORD.search(penalty.group(1)):
        return None  # "trois ans de travaux ont été demandés": no penalty
    start = view.span[0] + penalty.start(1)
    said = strip_span(view.text, (start, start + len(penalty.group(1))))
    return Draft(said, (being.start, token.end), None, "indirect", "on", 0.5, "")


# A colon soon after the participle (« annoncé de longue date : », « annoncé et plusieurs fois
# répété : »): what was announced follows it.
_CLAUSE_STOP = re.compile(r"[;:]|,\s+(?:mais|et|alors|tandis)\b")
_COLON_SOON = re.compile(r"[^.;:,«»“”\"]{0,40}:\s*(?=\S)")


def announced(view: SentenceView, index: int, being: Token) -> Draft | None:
    """ "Le trafic est annoncé « normal »", "L'objectif est annoncé de longue date : …" with
    nobody named (lexicon announced_passive_verbs): an impersonal voice says what follows a
    colon, or else the clause itself, verb and all. Not a reflexive (« s'étaient annoncées »)."""
    token = view.tokens[index]
    if fold(token.text) not in listed_forms(view.lex, "announced_passive_verbs"):
        return None
    if _REFLEXIVE_AT_END.search(view.text[view.span[0] : being.start]):
        return None
    colon = _COLON_SOON.match(view.text, token.end, view.span[1])
    if colon is not None:
        said = strip_span(view.text, (colon.end(), view.span[1]))
    else:
        start = clause_start_before(view, being.start)
        stop = _CLAUSE_STOP.search(view.text[token.end : view.span[1]])
        said = strip_span(view.text, (start, token.end + stop.start() if stop else view.span[1]))
    if words_in(view.text, said) < 4:
        return None
    kind = "mixed" if has_quote(view, said) else "indirect"
    return Draft(said, (being.start, token.end), None, kind, "on", 0.5, "")


def criticised(view: SentenceView, index: int, being: Token) -> Draft | None:
    """ "Le réseau social est régulièrement critiqué pour son aspect "addictif"": an agentless
    passive of criticism (lexicon criticised_passive_verbs) then « pour / sur » and the
    critics' quoted word: an impersonal voice says what follows. Without a quotation, or
    reflexive, nothing (« il est critiqué pour sa gestion » names no words; recall9c)."""
    token = view.tokens[index]
    if fold(token.text) not in listed_forms(view.lex, "criticised_passive_verbs"):
        return None
    reason = _REASON.match(view.text, token.end, view.span[1])
    if reason is None or _REFLEXIVE_AT_END.search(view.text[view.span[0] : being.start]):
        return None
    stop = _CLAUSE_STOP.search(view.text, reason.start(1), view.span[1])
    said = strip_span(view.text, (reason.start(1), stop.start() if stop else view.span[1]))
    if not has_quote(view, said) or words_in(view.text, said) < 3:
        return None
    return Draft(said, (being.start, token.end), None, "mixed", "on", 0.5, "")


_REASON = re.compile(r"\s+((?:pour|sur)\s)")
