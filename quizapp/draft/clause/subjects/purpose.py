"""Infinitives of purpose that are speech acts (« L'UDC a rebondi … pour dénoncer… »): the
subject of the sentence speaks in them, and a form of « être » ends that subject as an
auxiliary does."""

from __future__ import annotations

from quizapp.draft.reporting.cues import Cue
from quizapp.draft.reporting.english_cue_forms.purpose import (
    purpose_adverb,
    purpose_infinitive,
    purpose_lead,
)
from quizapp.draft.shapes.detect.view import SentenceView
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import Lexicon, built_once, fold, relative_words


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
    own act; a softer one ("les investigations se poursuivent pour expliquer…") is not. In
    English, "Residents attended the meeting to voice…" (english55: purpose_infinitive)."""
    if view.lex.language == "en":
        words = view.folded_tokens
        return bool(purpose_infinitive(words, cue.first, view.lex))
    if cue.first == 0 or fold(view.tokens[cue.first - 1].text) != "pour":
        return False
    return fold(view.tokens[cue.first].text) in _speech_acts(view.lex)


@built_once
def _speech_acts(lex: Lexicon) -> frozenset[str]:
    return frozenset(fold(w) for w in lex.raw.get("purpose_speech_acts", []))


def english_purpose_subject(view: SentenceView, cue: Cue) -> Span | None:
    """The subject of the act an English purpose follows ("but many took to social media to
    say…": many; "…, around 15 residents were in attendance to voice…": around 15 residents):
    the words between the clause's edge (a mark, "but", an "and" after a verb) and that act,
    past its auxiliaries and adverbs; None when they hold a verb or a relative, or are more
    than eight words (english55)."""
    words, lex = view.folded_tokens, view.lex
    lead = purpose_lead(words, cue.first - 1, lex)
    if lead is None:
        return None
    last = lead - 1
    while last >= 0 and (words[last] in lex.auxiliaries or purpose_adverb(words[last], lex)):
        last -= 1
    first = last
    while first > 0 and not _edge_before(words, first - 1, view.lex):
        first -= 1
    piece = words[first : last + 1]
    verbs = view.lex.finite | view.lex.auxiliaries | relative_words(view.lex)
    if not 1 <= len(piece) <= 8 or any(w in verbs for w in piece):
        return None
    return view.tokens[first].start, view.tokens[last].end


def _edge_before(words: list[str], at: int, lex: Lexicon) -> bool:
    """The word at ``at`` closes what stands before the subject: a mark, "but", or an "and"
    after a verb of the same sentence ("attended the meeting and many spoke to…")."""
    if words[at] in lex.word_set("purpose_subject_edges") or not words[at][:1].isalnum():
        return True
    return words[at] == "and" and any(w in lex.finite for w in words[:at])
