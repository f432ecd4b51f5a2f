"""A cue followed by its object: "a annoncé mercredi avoir arrêté…", "accused Israel of
distorting…", "told CNN he would…", an English "said" with no "that".

Moved out of detect/clauses.py, which holds the other shapes of reported clauses.
"""

from __future__ import annotations

import re

from quizapp.draft.cues import Cue
from quizapp.draft.detect.clauses import reported
from quizapp.draft.detect.objects import (
    ASIDE,
    SAID_OPENING,
    after_time_aside,
    in_apposition,
    in_relative,
    needed_preposition,
    object_allowed,
    object_antecedent,
    short_object_forms,
    speech_noun_first,
)
from quizapp.draft.detect.view import Draft, SentenceView, object_end, strip_span
from quizapp.draft.lexicon import fold
from quizapp.draft.rules.inverted_subject import setting_words
from quizapp.draft.segment import Span, words_in

_TOLD_WHOM = re.compile(
    r"\s*(?:(?:[A-Z][\w.&'’-]*\s+)*[A-Z][\w.&'’-]*|reporters|journalists|him|her|them|me|us|"
    r"(?:the|a|an)\s+\w+)(?:\s+that)?(?=\s)"
)


_EN_ZERO_THAT = {"said", "says", "say", "told", "tells", "added", "argued", "argues", "warned",
                 "wrote", "writes", "insisted", "noted", "believes", "believe", "thinks", "think",
                 "thought", "believed", "claimed", "claims", "acknowledged", "predicted",
                 "estimated", "conceded", "admitted", "reported", "explained", "saying",
                 "arguing", "adding", "noting", "warning", "insisting", "described", "pledged",
                 "vowed", "promised", "denied", "confirmed", "fear", "fears", "feared", "hope",
                 "hopes", "hoped", "worry", "worries", "worried",
                 "suggested", "suggests", "warns", "understood", "alleged", "rumoured",
                 "rumored"}  # fmt: skip


def cue_then_object(view: SentenceView, cue: Cue, used: set[Span]) -> Draft | None:
    cue_words = fold(view.text[cue.span[0] : cue.span[1]]).split()
    said = [w for w in cue_words if w in _EN_ZERO_THAT] if view.lex.language == "en" else []
    verb = said[0] if said else cue_words[-1]  # "told reporters on Friday the plan…"
    objects = view.lex.word_set("statement_object_verbs")  # "accused Israel of distorting…"
    objects |= view.lex.word_set("quote_object_verbs")  # "called it “a betrayal”"
    if view.lex.language == "en" and verb not in _EN_ZERO_THAT and verb not in objects:
        return None
    speech_only = any(verb.startswith(stem) for stem in view.lex.words("no_object_verbs"))
    bare = re.sub(r"-t$|^s'", "", verb.split("-t-")[0])  # "s'engage" -> "engage"
    speech_only = speech_only or bare in view.lex.word_set("speech_shape_forms")
    if re.search(r"[»”\"]\s*,\s*$", view.text[view.span[0] : cue.span[0]]):
        return None  # «…», a déclaré le maire, mardi: the noun after the verb is its subject
    start = cue.span[1]
    clitic = cue.first > 0 and fold(view.tokens[cue.first - 1].text) in {"l'", "le"}
    if clitic and view.text[start:].lstrip().startswith(","):  # "Cette source l'assure, …"
        start = view.text.index(",", start) + 1
    relay = re.match(
        r"\s*(?:(?:à|au|aux|to)\s+(?:l['’])?[A-Z][\w.-]*(?:\s+[A-Z][\w-]*)*)?", view.text[start:]
    )
    start += relay.end() if relay else 0
    # "a annoncé mercredi dans un communiqué avoir arrêté…", "said on Monday it would…"
    start += setting_words(view.lex, view.text[start : view.span[1]])
    if verb in {"told", "tells", "tell", "telling"} and cue_words[-1] == verb:  # "told CNN he…"
        told = _TOLD_WHOM.match(view.text, start)
        start = told.end() if told else start
    aside = ASIDE.match(view.text, start, view.span[1])  # "ont dit, lors d'une conférence, ne…"
    if aside and SAID_OPENING.match(view.text, aside.end(), view.span[1]):
        start = aside.end()
    start = after_time_aside(view.text, start, view.span[1])  # "a « reconnu », hier, la…"
    said = view.text[start : view.span[1]]
    preposition = needed_preposition(view, bare)  # "insiste sur", "appelle à « … »"
    opened = preposition is not None and re.match(preposition, said) is not None
    spoken = speech_only and SAID_OPENING.match(said) is not None  # "insiste : « … »"
    if not opened and not spoken and (speech_only or preposition is not None):
        return None  # "a lancé une offensive", "appelle son fils", "propose des services"
    end = object_end(view, start)  # "a fustigé la « posture » de X : « … », a-t-elle dit"
    if in_relative(view, cue) or in_apposition(view, cue):  # "X, invoquant Y, a invalidé"
        comma = view.text.find(",", start, end)
        end = comma if comma > start else end
    content = strip_span(view.text, (start, end))
    least = 2 if bare in short_object_forms(view.lex) else 3  # "a revendiqué l'attaque"
    if words_in(view.text, content) < least or re.match(r"[,.;:]", view.text[start:].lstrip()):
        return None
    if speech_noun_first(view, content):
        return None  # "rapporte des propos d'une source": the source speaks next
    if not object_allowed(view, bare, content):
        return None  # "défend son titre": no stance, only "a défendu la sélection"
    antecedent = object_antecedent(view, cue)
    if antecedent is not None:  # "C'est un moratoire qu'elle demande à la ministre"
        content = (antecedent, content[1])
    return reported(view, cue, content, confidence=0.55)
