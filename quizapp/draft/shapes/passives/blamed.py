"""Blame in the passive: « X est pointé du doigt » (lexicon blamed_passives: a participle of
« pointer » or « montrer » with « du doigt »). The idiom always reports someone's criticism
(every one of the six French corpus articles that holds it keys it): the agent after « par »
says it, « sont pointées du doigt sur ce terrain par deux associations », or else an
impersonal voice. What is blamed is the subject (« Le flou … est aussi pointé du doigt »),
the subject after the verb when it opens the sentence (« Est notamment pointé du doigt le
mauvais état des véhicules »), or the reason after « pour » (« étaient montrées du doigt pour
les effets nocifs… », as passives/penalty.criticised reads « critiqué pour »).
The active forms are fixed cues (lexicon fixed_cues).
"""

from __future__ import annotations

import re

from quizapp.draft.clause.subjects.clause_bounds import clause_start_before
from quizapp.draft.shapes.detect.view import Draft, SentenceView, has_quote, strip_span
from quizapp.draft.shapes.passives.agent import agent_after
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once, fold

_BEING = re.compile(
    r"(?:\b(?:(?:a|ont|avait|avaient|aurait|auraient|aura|auront)\s+été|"
    r"est|sont|était|étaient|sera|seront|serait|seraient|soit|soient|être)"
    r"(?:\s+(?:\w+ment|aussi|également|encore|souvent|notamment|déjà|à\s+nouveau|de\s+nouveau)){0,2}"
    r")\s*$",
    re.IGNORECASE,
)
_SETTING_THEN_PAR = re.compile(r"(?:\s+[^\s,.;:«»“”\"]+){0,4}?(?=\s+par\s)")
_REASON = re.compile(r"\s+pour\s")
_STOP = re.compile(r"[;]|,\s+(?:mais|et|alors|tandis|malgré)\b|,\s+\w+(?:ant)\b")


@built_once
def blamed_heads(lex: Lexicon) -> frozenset[str]:
    """The participles that open a phrase of blamed_passives (« pointées »)."""
    return frozenset(fold(phrase).split()[0] for phrase in lex.words("blamed_passives"))


@built_once
def _blamed(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(lex.words('blamed_passives'))})\b", re.IGNORECASE)


def blamed_draft(view: SentenceView, index: int) -> Draft | None:
    """The draft of a blaming passive whose participle is token ``index``, or None."""
    token = view.tokens[index]
    if not view.outside[index]:
        return None
    phrase = _blamed(view.lex).match(view.text, token.start, view.span[1])
    being = _BEING.search(view.text, view.span[0], token.start)
    if phrase is None or being is None:
        return None
    cue = (being.start(), phrase.end())
    setting = _SETTING_THEN_PAR.match(view.text, phrase.end(), view.span[1])
    agent = agent_after(view, setting.end(), strict=False) if setting else None
    said = _blamed_words(view, being.start(), phrase.end())
    if said is None:
        return None
    kind = "mixed" if has_quote(view, said) else "indirect"
    return Draft(said, cue, agent, kind, None if agent else "on", 0.55 if agent else 0.5, "")


def _blamed_words(view: SentenceView, being: int, end: int) -> Span | None:
    """The reason after « pour », else the subject before the verb, else the one after it."""
    reason = _REASON.match(view.text, end, view.span[1])
    if reason is not None:  # a reason is a phrase: it ends at a comma
        comma = view.text.find(",", end, view.span[1])
        return strip_span(view.text, (end, comma if comma > 0 else view.span[1]))
    start = clause_start_before(view, being)
    subject = strip_span(view.text, (start, being))
    relative = re.search(r"\s+qui$", view.text[subject[0] : subject[1]])
    if relative is not None:  # « Les entreprises qui sont pointées du doigt »
        subject = (subject[0], subject[0] + relative.start())
    if subject[1] > subject[0]:
        return subject
    after = _up_to_stop(view, end)
    return after if after[1] > after[0] else None


def _up_to_stop(view: SentenceView, start: int) -> Span:
    stop = _STOP.search(view.text, start, view.span[1])
    return strip_span(view.text, (start, stop.start() if stop else view.span[1]))
