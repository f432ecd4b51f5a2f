"""Whether a French cue set after a comma has its inverted subject right there, closing the
clause (« …, a constaté une journaliste de l'AFP. », « Ce fut dur, estime X, président de Y :
« … » »): the clause before the comma is then what is said, never who says it.

Moved out of subject.py beside it (review22: past 300 lines), which finds that subject.
"""

from __future__ import annotations

import re

from quizapp.draft.clause.inverted_subjects.subject import source_after
from quizapp.draft.clause.objects.readings import people_word, said_infinitive
from quizapp.draft.clause.objects.start import SAID_OPENING
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.shapes.detect.view import SentenceView
from quizapp.draft.text.segment import QUOTE_MARKS, words_in
from quizapp.draft.text.sentence.apposed_names import apposed_subject_before
from quizapp.draft.text.sentence.syntax import person_like
from quizapp.draft.text.word_patterns import WORD_WITH_MARKS
from quizapp.draft.words.lexicon import fold, folded_words

_QUOTE_CLOSED_THEN_COMMA = re.compile(r"[»”\"]\s*,\s*$")


def inverted_before_colon(view: SentenceView, cue: Cue, colon: int) -> bool:
    """« Ce fut dur, estime X, président de Y : « … » »: a French cue set after a comma with
    its subject written after it before the colon speaks the clause before the comma; that
    clause is what is said, never who says it. The subject is a name, a definite description
    or, when it names a person or a body, an indefinite one (« témoigne un élu », quotes59)."""
    before = view.text[view.span[0] : cue.span[0]]
    if view.lex.language != "fr" or cue.pronoun is not None or not re.search(r",\s*$", before):
        return False
    if len(WORD_WITH_MARKS.findall(before)) < 3 or apposed_subject_before(before, view.lex):
        return False  # « Le maire, Paul Durand, a annoncé la date : … »: its subject (sanity24)
    source = source_after(view, cue)
    if source is None or source[0] >= cue.span[1] + colon:
        return False
    phrase = view.text[source[0] : source[1]]
    first = _ELIDED.sub(r"\1 ", phrase).split()[0]  # « l'adjoint » opens on « l' » (mend59c)
    if first[:1].isupper() or fold(first) in view.lex.word_set("colon_source_openers"):
        return True
    indefinite = fold(first) in view.lex.word_set("colon_source_indefinites")
    return indefinite and _names_someone(phrase, view)


_ELIDED = re.compile(r"^(\w['’])(?=\w)")


def _names_someone(phrase: str, view: SentenceView) -> bool:
    """An indefinite or demonstrative noun phrase (« un membre du gouvernement », « cet
    habitant ») is the inverted subject only when it names a person or a body (quotes59):
    after « …, a rappelé une évidence : » or « …, présente un programme : » it is the cue's
    object, and the subject stands before the comma. A noun of someone's tie to another
    (« un adjoint », « un proche ») names a person too (mend59c)."""
    words = folded_words(phrase)[:3]
    ties = view.lex.word_set("relational_person_nouns")
    people = any(people_word(view.lex, w) or w.removesuffix("s") in ties for w in words)
    return person_like(phrase, view.lex) or people


def inverted_after_comma(view: SentenceView, cue: Cue) -> bool:
    """ "…, a constaté une journaliste de l'AFP.", "…, a reconnu le ministère, un an après…":
    right after a comma, a noun phrase for a person or a body that closes its clause (no
    quotation in it) is the verb's inverted subject; « appelle tous les Camerounais à… » and
    « a qualifié X d'« intelligent » » go on with their object's complement. A clause of
    fewer than five words before it is cut by an inserted cue and goes on after the subject
    (« Cela correspond, souligne X, présidente de Y, à un vrai besoin »). An infinitive is
    never that subject: « X, adjoint au maire, affirme être victime de… » says it (recall23v)."""
    if view.lex.language != "fr" or cue.participle or cue.first == 0:
        return False  # (English "…, said the minister" has its own shape, english_final)
    if view.tokens[cue.first - 1].text != ",":
        return False
    said = view.text[cue.span[1] : view.span[1]]
    if SAID_OPENING.match(said) or said_infinitive(view.lex, said):
        return False
    if words_in(view.text, (view.span[0], cue.span[0])) < 5:
        return False
    subject = source_after(view, cue)
    if subject is None or not _CLOSES.match(view.text, subject[1], view.span[1]):
        return False
    phrase = view.text[subject[0] : subject[1]]
    words = folded_words(phrase)[:3]
    person = person_like(phrase, view.lex) or any(people_word(view.lex, w) for w in words)
    return person and not QUOTE_MARKS.search(phrase)


_CLOSES = re.compile(r"\s*(?:[,.;!?(]|$)")


def quotation_closes_before(view: SentenceView, cue: Cue) -> bool:
    """A quotation closes right before the cue's comma (« « … », pointant « un manque » »),
    so the noun after the verb is its subject; not when the quotation is a name inside the
    apposition of the subject before (« X, membre du collectif “Stop éoliennes”, pointe
    l'avis du pôle Environnement », recall23v). A line break may stand between the comma and
    the cue opening its own sentence (« « … »,\nraconte une retraitée du village. », mend55a)."""
    before = view.text[view.span[0] : cue.span[0]]
    if not before.strip():
        before = view.text[max(0, view.span[0] - 4) : cue.span[0]]
    closes = _QUOTE_CLOSED_THEN_COMMA.search(before) is not None
    return closes and not apposed_subject_before(before, view.lex)
