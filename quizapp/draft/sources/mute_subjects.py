"""Subjects with which a reporting verb reports nothing: a cause, an event or a picture
(« Plusieurs raisons expliquent… », lexicon ``mute_heads``), and anything but a document, a
study or figures before a verb of showing (« Le nuage de fumée montre que… », lexicon
``evidence_verbs``), and anything but a person or a body, with nobody told, before a verb that
also means (« Cela signifie que… », lexicon ``person_subject_verbs``).

Moved out of resolved_drafts.py (review19), which had grown past 300 lines; it drops a draft
whose subject is one of these before resolving its speaker.
"""

from __future__ import annotations

import re

from quizapp.draft.shapes.detect.view import SentenceView
from quizapp.draft.text.segment import Span
from quizapp.draft.text.word_patterns import WORD_FROM_LETTER
from quizapp.draft.words.lexicon import Lexicon, fold, folded_words, listed_verb_forms, people_nouns

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
    if not {word.split("-")[0] for word in said.split()} & listed_verb_forms(
        view.lex, "evidence_verbs"
    ):
        return False
    heads = view.lex.word_sets("according_relative_heads", "figures_nouns", "evidence_heads")
    subject = _COMPLEMENT.split(phrase, maxsplit=1)[0].split()
    return not any(fold(word) in heads for word in subject)


def meant_by_no_one(view: SentenceView, cue: Span | None, phrase: str) -> bool:
    """« Le préfet a signifié au maire que… » notifies; « Cela signifie que… », « Ce vote
    signifie que… » only mean: a verb of lexicon ``person_subject_verbs`` reports only with
    someone told (« à », « au », « aux » after it, a dative clitic before it) or a subject
    that is a person or a body (a capitalised name, a personal pronoun, a noun of the lists
    ``person_subject_noun_lists`` names). Read on the subject as written (mend36c, review36
    item 3). A verb of ``document_subject_verbs`` speaks through a document too (« Un message
    invitait les usagers à… », not « Cette affaire invite les élus à la prudence »: mend55b),
    and one with no subject written before it is read on the subject found later."""
    if cue is None or view.lex.language != "fr":
        return False
    said = set(fold(view.text[cue[0] : cue[1]]).split())
    if not said & listed_verb_forms(view.lex, "person_subject_verbs"):
        return False
    if _someone_told(view, cue):
        return False
    documents = bool(said & listed_verb_forms(view.lex, "document_subject_verbs"))
    if documents and not phrase.strip():
        return False  # « X, la première fois avec…, a vanté… »: a subject found later
    return not _person_or_body(phrase, view.lex, documents)


def _someone_told(view: SentenceView, cue: Span) -> bool:
    """« a signifié au maire », « lui a signifié »: a preposition of the one told right after
    the verb, or a dative clitic right before it."""
    told = folded_words(view.text[cue[1] : view.span[1]])[:1]
    told += folded_words(view.text[view.span[0] : cue[0]])[-1:]
    return bool(set(told) & view.lex.word_sets("addressee_prepositions", "indirect_object_clitics"))


def _person_or_body(phrase: str, lex: Lexicon, documents: bool = False) -> bool:
    """A subject that names someone: a capitalised word that is no determiner nor a neuter
    pronoun, a third-person pronoun, or a noun of ``person_subject_noun_lists`` (with
    ``documents``, of ``thing_noun_lists`` too: a document, a message, a channel)."""
    words = WORD_FROM_LETTER.findall(phrase)
    not_names = lex.word_sets("determiners", "neuter_subjects")
    if any(w[:1].isupper() and fold(w) not in not_names for w in words):
        return True
    nouns = people_nouns(lex, "person_subject_noun_lists")
    nouns |= people_nouns(lex, "thing_noun_lists") if documents else frozenset()
    pronouns = lex.word_set("third_person_subject_pronouns")
    return any(fold(w) in pronouns or fold(w).removesuffix("s") in nouns for w in words)
