"""Subjects with which a reporting verb reports nothing: a cause, an event or a picture
(« Plusieurs raisons expliquent… », lexicon ``mute_heads``), and anything but a document, a
study or figures before a verb of showing (« Le nuage de fumée montre que… », lexicon
``evidence_verbs``).

Moved out of resolved_drafts.py (review19), which had grown past 300 lines; it drops a draft
whose subject is one of these before resolving its speaker.
"""

from __future__ import annotations

import re

from quizapp.draft.conjugation import forms_of
from quizapp.draft.detect.view import SentenceView
from quizapp.draft.lexicon import Lexicon, built_once, fold
from quizapp.draft.segment import Span

_COMPLEMENT = re.compile(
    r"(?i)(?:\s(?:de|du|des|à|au|aux|qui|que|dont|of|who|which|that|in|on|for)\b|\bd['’])"
)


def mute_head(phrase: str, lex: Lexicon) -> bool:
    """« Plusieurs raisons expliquent… », « Une intervention qui souligne la persistance… »,
    "their symptoms suggested…": a subject whose last word before any complement (its head:
    « les nouvelles images », not "the crisis team") is one of the lexicon's mute_heads (a
    cause, an event, a picture) uses the verb in its other sense."""
    head = _COMPLEMENT.split(phrase, maxsplit=1)[0].split()
    return bool(head) and head[-1].islower() and fold(head[-1]) in lex.word_set("mute_heads")


def shown_by_no_document(view: SentenceView, cue: Span | None, phrase: str) -> bool:
    """« Une étude montre que… » reports what the study says; « Le nuage de fumée montre
    que… » reports nothing: a verb of showing (lexicon evidence_verbs) speaks only through a
    subject with a noun of a document, a study or figures before its first complement. Read
    on the subject as written (« Les chiffres de l'Agence Bio »), before the figures give way
    to whoever made them."""
    if cue is None or view.lex.language != "fr":
        return False
    said = fold(view.text[cue[0] : cue[1]])
    if said.startswith(("se ", "s'")):
        return False  # « se montre prudent : »: seeming so (colons/colon_stance), not showing
    if any(tail in said for tail in view.lex.words("gesture_tails")):
        return False  # « étaient montrées du doigt »: a passive of blame (passives/blamed)
    if not {word.split("-")[0] for word in said.split()} & _evidence_forms(view.lex):
        return False
    heads = view.lex.word_sets("according_relative_heads", "figures_nouns", "evidence_heads")
    subject = _COMPLEMENT.split(phrase, maxsplit=1)[0].split()
    return not any(fold(word) in heads for word in subject)


@built_once
def _evidence_forms(lex: Lexicon) -> frozenset[str]:
    """Every form of the lexicon's evidence_verbs (« montre », « démontrent », « prouvé »),
    the infinitive too (« pour montrer »)."""
    verbs = lex.words("evidence_verbs")
    return frozenset(forms_of(lex.raw, verbs)) | {fold(verb) for verb in verbs}
