"""Whether the words before a final cue are a clause it reports or the verb's own subject: a
name and its description set off by commas (« Le procureur, Karim Benali, a démenti
le communiqué »), a subject and a setting (« Le maire, dans un communiqué, dénonce… »), a noun
phrase and its relative (« L'un des accusés, qui est présenté comme le tireur, a toujours nié
sa participation »): no words said, what follows the verb is its object.

Moved out of detect/clauses.py (which passed 300 lines); behaviour unchanged.
"""

from __future__ import annotations

import re

from quizapp.draft.clause.objects.allowed import (
    APPOSED,
    clause_words,
    subject_then_object,
    verb_like,
)
from quizapp.draft.shapes.detect.view import SentenceView, has_quote, reflexive
from quizapp.draft.text.segment import Span
from quizapp.draft.text.sentence.apposition import names_set_off
from quizapp.draft.words.lexicon import fold, folded_words

_COMMA_THEN_NAME_AT_END = re.compile(r",\s*(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]+\s*$")


def reads_as_said(view: SentenceView, content: Span) -> bool:
    """ "Le procureur, Karim Benali, a démenti le communiqué": a description and its name
    before the verb are its subject, not words it reports."""
    passage = view.text[content[0] : content[1]]
    if view.lex.language != "fr" or has_quote(view, content):
        return has_quote(view, content) or not names_set_off(view.lex, passage)
    opening = _OPENING_SETTING.match(passage)  # « Mercredi matin, X et Y, procureurs, »
    set_off = _apposed(view, passage) or _SETTING_ASIDE.search(passage) is not None
    set_off = set_off or (opening is not None and _apposed(view, passage[opening.end() :]))
    if set_off and not any(
        verb_like(view, w) or reflexive(w, view.lex) for w in clause_words(passage)
    ):
        return False  # "Le maréchal X, l'homme fort de l'Est, poursuit…", "Le maire, dans
        # un communiqué, dénonce…": a subject and its aside, no clause
    if len(passage.split()) > 8:
        return True
    return not _COMMA_THEN_NAME_AT_END.search(passage)


def subject_not_said(view: SentenceView, content: Span, source: Span | None) -> bool:
    """« L'un des accusés, qui est présenté comme le tireur, a toujours nié sa participation »:
    a noun phrase and its relative before the verb are its subject, and what follows the
    verb its object, unless a name follows it (« …, a précisé M. Dupré »: the one who speaks)."""
    named = source is not None and view.text[source[0] : source[0] + 1].isupper()
    if subject_then_object(view, content, source):  # « X, membre de Y, dénonce le projet »
        return True
    return not named and _with_relative(view, view.text[content[0] : content[1]])


def _with_relative(view: SentenceView, passage: str) -> bool:
    """A noun phrase with no verb, a comma and its relative clause to the end (« L'un des
    accusés, qui est présenté comme le tireur »; lexicon ``relative_pronouns`` and
    ``relative_openers`` but « que »): the subject of the verb after it, not its words."""
    head, comma, rest = passage.partition(",")
    words = folded_words(rest)[:1]
    relatives = view.lex.word_sets("relative_pronouns", "relative_openers")
    relatives -= view.lex.word_set("subordinators")
    if not comma or not words or words[0] not in relatives or "," in rest:
        return False
    return not any(verb_like(view, w) or reflexive(w, view.lex) for w in clause_words(head))


# A setting set off by commas after a subject (« Le maire, dans un communiqué publié mardi, »)
_SETTING_ASIDE = re.compile(
    r",\s*(?:dans|lors|depuis|devant|sur|en|au|aux|à|après|avant|via|pendant|face)\b[^,]*$"
)
_OPENING_SETTING = re.compile(r"[^,]{1,25},\s*(?=[A-ZÀ-Ö])")  # a short opening, then a name
_BARE_OFFICE = re.compile(r"[A-ZÀ-Ö][^,]{0,60},\s*([\w-]+)\b[^,]*$")


def _apposed(view: SentenceView, passage: str) -> bool:
    """A name and its description set off by a comma: « Le maréchal X, l'homme fort de
    l'Est », or with a bare office (« Luc Rémont, PDG d'EDF », « Marie Roy, maire de Lyon »).
    A passage opening on a preposition of a setting (lexicon ``scene_openers``: « Avec le
    confinement, les gens consomment… ») names nobody before its comma: what follows it is
    read instead (« Dans un communiqué, le maire, l'homme fort de la ville, »)."""
    first = folded_words(passage)[:1]
    if first and first[0] in view.lex.word_set("scene_openers"):  # « Dans un communiqué, le
        comma = passage.find(",")  # maire, l'homme fort de la ville, »: past the setting
        return comma > 0 and _apposed(view, passage[comma + 1 :].lstrip())
    if APPOSED.match(passage):
        return True
    bare = _BARE_OFFICE.match(passage)
    return bare is not None and fold(bare.group(1)) in view.lex.word_set("person_descriptions")
