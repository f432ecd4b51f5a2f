"""Infinitives of purpose that are speech acts (« L'UDC a rebondi … pour dénoncer… »): the
subject of the sentence speaks in them, and a form of « être » ends that subject as an
auxiliary does."""

from __future__ import annotations

from quizapp.draft.reporting.cues import Cue
from quizapp.draft.shapes.detect.view import SentenceView
from quizapp.draft.words.lexicon import Lexicon, built_once, fold


def etre_at(view: SentenceView, end: int) -> int | None:
    """Where a form of « être » opens the main verb ("Les parents étaient réunis … pour
    protester"): the subject ends there, as before an auxiliary."""
    forms = view.lex.word_set("etre_forms")
    for token in view.tokens:
        if view.span[0] < token.start < end and fold(token.text) in forms:
            return token.start
    return None


def purpose_speech_act(view: SentenceView, cue: Cue) -> bool:
    """ "L'UDC a rebondi … pour dénoncer…", "Les parents ont organisé une action pour protester
    contre…": the infinitive of a denial, a claim or a protest after « pour » is the subject's
    own act; a softer one ("les investigations se poursuivent pour expliquer…") is not."""
    if cue.first == 0 or fold(view.tokens[cue.first - 1].text) != "pour":
        return False
    return fold(view.tokens[cue.first].text) in _speech_acts(view.lex)


@built_once
def _speech_acts(lex: Lexicon) -> frozenset[str]:
    return frozenset(fold(w) for w in lex.raw.get("purpose_speech_acts", []))
