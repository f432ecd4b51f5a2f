"""Reported speech nested in what another cue reports: « X a dit que Y avait affirmé… » keeps
Y's statement inside X's; English nests only plain saying, judging, or a verb with its own
subject ("The Coast Guard said port authorities reported…"), not "Cross said she thought…".
``attributions`` asks it of every pair of drafts.
"""

from __future__ import annotations

import re

from quizapp.draft.shapes.detect.view import Draft, SentenceView, covers
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import Lexicon, built_once, fold


def nested(view: SentenceView, inner: Draft, outer: Draft) -> bool:
    """Reported speech nested in what another cue reports (for ``attributions``): French
    nests any verb, English plain saying, judging, or a verb with its own subject; what an
    English "according to X" reports holds any verb."""
    inside = outer.content[0] <= inner.content[0] and inner.content[1] <= outer.content[1]
    if not inside or inner.cue is None or not covers(outer.content, inner.cue):
        return False
    plain = view.lex.word_set("plain_saying_forms")  # English only: French nests any verb
    verb = fold(view.text[inner.cue[0] : inner.cue[1]])
    relayed = outer.kind == "according_to"  # "X ruled…, but rejected…, according to the report"
    told = relayed or verb in _nesting_verbs(view.lex) or _subject_reports(view, inner, outer)
    if plain and not told:
        return False  # "reported that U.S. officials said…": only plain saying is nested
    if plain and outer.cue and _same_voice_hedge(view, inner, outer.cue):
        return False  # "Cross said she thought…": one statement of one speaker
    if _impersonal_opening(view, inner, outer):
        return False  # « refuse que l'on parle « d'économies » »: the refusal's own words
    return inner.kind != "according_to" and inner.pronoun is None and inner.source is not None


@built_once
def _nesting_verbs(lex: Lexicon) -> frozenset[str]:
    """Plain saying, one-word judging ("a judge ruled that") and showing ("Cllr X highlighted
    that…, Cllr Y said": mend59e, a showing that reports at all has "that" and a speaker):
    built once per lexicon, not at each pair of drafts ``attributions`` compares (speed59)."""
    judging = {w for w in lex.words("that_cues") if " " not in w}
    return lex.word_sets("plain_saying_forms", "document_only_cues") | judging


def _impersonal_opening(view: SentenceView, inner: Draft, outer: Draft) -> bool:
    """French: an impersonal « on » that opens the clause another cue reports, with only a
    quoted word as its object (« refuse que l'on parle « d'austérité » »), names no one who
    spoke: the quoted word is the outer speaker's, the whole clause its statement (recall32,
    as the keys of recall11 hold it). Not « s'insurge qu'on l'accuse d'avoir… », an
    accusation someone made: a clitic object between « on » and its verb (mend32c)."""
    if view.lex.language != "fr" or inner.source is None or inner.source[0] != outer.content[0]:
        return False
    if inner.cue is None or view.text[inner.source[1] : inner.cue[0]].strip():
        return False
    quoted = view.text[inner.content[0] : inner.content[0] + 1] in '«“"'
    impersonal = fold(view.text[inner.source[0] : inner.source[1]]) in view.lex.word_set(
        "impersonal"
    )
    return quoted and impersonal


def _subject_reports(view: SentenceView, inner: Draft, outer: Draft) -> bool:
    """Any English verb of saying nests when its own subject stands just before it inside
    what the outer cue reports ("The Coast Guard said port authorities reported 800 tickets
    were sold"), and a demand of lexicon ``object_phrase_cues`` right after a subject relative
    ("said X was the only member who called for a delay"); not a verb sharing the outer
    subject ("said X but added Y")."""
    verb = fold(view.text[inner.cue[0] : inner.cue[1]])
    clausal = view.lex.word_sets("zero_that_forms", "clause_object_forms")
    asked = verb in view.lex.word_set("request_cues")  # "X reported that Y asked Z to…"
    asked = asked or verb in view.lex.word_set("judging_as_verbs")  # "…what Y views as…"
    between = view.text[inner.source[1] : inner.cue[0]] if inner.source else ""
    first = (fold(between).split() or [""])[0]  # "…was the member who called for a delay"
    demand = verb in view.lex.word_set("object_phrase_cues")  # the relative's own demand
    asked = asked or (demand and first in view.lex.word_set("subject_relatives"))
    if not (verb in clausal or asked) or inner.source is None or inner.source[0] < outer.content[0]:
        return False
    subject = fold(view.text[inner.source[0] : inner.source[1]])
    alone = len(between.split()) <= 1 and not re.search(r"[,;:]", between)
    return alone and subject not in view.lex.raw["pronouns"]  # "told CNN he suspects…"


def _same_voice_hedge(view: SentenceView, inner: Draft, outer_cue: Span) -> bool:
    """ "Cross said she thought…": a verb right after the outer cue whose subject is a
    personal pronoun (lexicon ``same_voice_pronouns``) hedges the speaker's own statement,
    so it is one statement of one speaker, not a second one nested in the first."""
    said_by = view.text[inner.source[0] : inner.source[1]] if inner.source else ""
    if said_by.lower() not in view.lex.word_set("same_voice_pronouns"):
        return False  # tested first: the words between may run a long sentence (speed59)
    between = view.text[outer_cue[1] : inner.source[0]] if inner.source else "-"
    return re.fullmatch(r"[\s,]*(?:that\s+)?", between) is not None
