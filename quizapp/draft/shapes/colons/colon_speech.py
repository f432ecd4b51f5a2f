"""Whose words a colon opens when its lead names them: « Réponse de l'Élysée : « … » »,
« Réponse mi-figue mi-raisin de l'employé communal : « … » », « La réaction du maire : « … » ».

The lead is a noun of something said (lexicon ``lead_speech_nouns``), maybe with a determiner
before it and a few words describing it after, then « de », « du », « des » or « d' » and who
said it. The lead has no verb, so no subject rule reads it, and the drafter had taken the noun
itself as the speaker (« Réponse »): a speaker that is no one (noone52). ``speech_lead`` gives
the whole lead as the quotation's source; ``who_said`` (read where every source is cleaned)
narrows such a phrase to the one who said it, and the cleaning gives back the article « du »
and « des » took.

Only a person or a body says it (mend52b, review52): « de » after these nouns as often tells
what kind of words they are (« Un message de soutien », « Explication de texte », « Sa version
des faits », « Réponse du berger à la bergère »): those leads are left to the rules before.
"""

from __future__ import annotations

import re

from quizapp.draft.pipeline.attributions import SentenceView
from quizapp.draft.speakers.speaker_checks.can_speak import can_speak
from quizapp.draft.text.segment import Span
from quizapp.draft.words.folding import folded_words
from quizapp.draft.words.lexicon import (
    Lexicon,
    alternation,
    built_once,
    finite_or_auxiliary,
    fold,
)
from quizapp.draft.words.plural import written_plural

_DESCRIBING_WORDS = 3  # « Réponse mi-figue mi-raisin de », « Argument principal du »


def speech_lead(view: SentenceView, colon: int) -> Span | None:
    """The lead « Réponse de X » from the sentence's start to the ``colon`` (spaces left out)
    when it is a speech noun and who said it, else None."""
    lead = view.text[view.span[0] : colon]
    start = view.span[0] + len(lead) - len(lead.lstrip())
    end = view.span[0] + len(lead.rstrip())
    return (start, end) if who_said(view.text, (start, end), view.lex) != (start, end) else None


def who_said(text: str, span: Span | None, lex: Lexicon) -> Span | None:
    """Within a source phrase « Réponse de l'Élysée », « La réaction du maire », the span of
    who said it; ``span`` itself when the phrase is anything else (a clause, a name, a noun of
    no saying)."""
    if span is None or not lex.words("lead_speech_nouns"):
        return span
    found = _lead(lex).fullmatch(text, span[0], span[1])
    if found is None:
        return span
    who = found.span("who")
    words = set(folded_words(text[who[0] : who[1]]))  # « du maire l'est tout autant »: a clause
    verbs = lex.word_sets("finite_verb_words", "copula_forms", "claim_finite_words")
    if words & (verbs | finite_or_auxiliary(lex)):
        return span
    return who if _someone(text[who[0] : who[1]], bool(found.group("bare")), lex) else span


def _someone(who: str, bare: bool, lex: Lexicon) -> bool:
    """``who`` can have said it: a name or a noun of the speaking lists (``can_speak`` without
    unknown noun phrases: not « des faits »), not an idiom (lexicon ``lead_speech_idioms``: « du
    berger à la bergère »), and after a bare « de » / « d' » a name or a plural (« d'élus de
    l'opposition »), never a singular noun, which tells the kind (« de soutien », « d'espoir »)."""
    if fold(who).strip() in lex.word_set("lead_speech_idioms"):
        return False
    first = who.split()[0] if who.split() else ""
    kind = bare and first[:1].islower() and not written_plural(fold(first))
    determined = fold(first) in lex.word_sets("determiners", "vague_determiners", "number_words")
    determined = determined or re.match(r"l['’]", first) is not None  # « de l'Élysée »
    return (determined or not kind) and can_speak(who, lex, unknown_nouns=False)


@built_once
def _lead(lex: Lexicon) -> re.Pattern[str]:
    """A speech noun, its describing words, « de / du / des / d' », then who (to the end)."""
    nouns = alternation(lex.words("lead_speech_nouns"))
    determiners = alternation(fold(d) for d in lex.words("lead_speech_determiners"))
    return re.compile(
        rf"(?:(?:{determiners})\s*)?(?:{nouns})(?:\s+[a-zà-ÿ-]+){{0,{_DESCRIBING_WORDS}}}?"
        rf"\s+(?:du\s+|des\s+|(?P<bare>de\s+|d['’]\s*))(?P<who>[^\s:«»\"“”][^:«»\"“”]*?)",
        re.IGNORECASE,
    )
