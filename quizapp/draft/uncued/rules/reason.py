"""A quotation that gives the reason of what its subject does, with no verb of saying.

Local news writes a person's reason in their own words after a conjunction of cause: « Jawad
salue le futur tramway car « il y aura moins de circulation » », « Le préfet a décidé les deux
extensions car « la situation continue à se dégrader » », « Il habite en résidence car « c'est
le moins cher » ». No cue is there to find; the quotation is the words of the clause's subject.
Over the corpus the keys hold such a quotation 11 times of 11, in 9 annotator batches
(recall25); French only, as the lexicon's ``reason_conjunctions`` are.
"""

from __future__ import annotations

from quizapp.draft.clause.subjects.main_subject import opening_subject
from quizapp.draft.findings import Attribution
from quizapp.draft.names.naming.names import proper_names
from quizapp.draft.pipeline.attributions import Draft, SentenceView
from quizapp.draft.shapes.colons.colon_quotation import colon_draft, inner
from quizapp.draft.text.segment import Span, words_in
from quizapp.draft.uncued.rules.clause_subject import subject_speaks
from quizapp.draft.words.lexicon import fold


def reason_quote(view: SentenceView, new: list[Attribution]) -> Draft | None:
    """The first quotation of the sentence opened right after a conjunction of cause, as the
    words of the subject of the clause before it (a name, a pronoun, a person or a body
    described), when it holds three words or more and no finding of the sentence holds it;
    at the lower confidence of a statement with no cue."""
    conjunctions = view.lex.words("reason_conjunctions")
    for quote in view.opened_quotes():
        lead = fold(view.text[view.span[0] : quote[0]]).rstrip()
        conjunction = next((c for c in conjunctions if lead.endswith(" " + c)), "")
        content = inner(view.text, quote)
        if not conjunction or words_in(view.text, content) < 3:
            continue
        if any(a.content[0] < content[1] and content[0] < a.content[1] for a in new):
            return None
        subject = opening_subject(view, view.span[0] + len(lead) - len(conjunction))
        if subject is None or not subject_speaks(view, subject):
            subject = _name_opening(view) or _pronoun_opening(view)
        return None if subject is None else colon_draft(view.text, [quote], subject)
    return None


def _name_opening(view: SentenceView) -> Span | None:
    """« Jeanne approuve la ligne car « … » »: a name opening the sentence, then a lower-case
    word (a verb the lexicon does not list, so no subject was read before it)."""
    runs = proper_names(view.tokens, view.lex)
    if not runs or runs[0][0] != 0 or runs[0][1] >= len(view.tokens):
        return None
    after = view.tokens[runs[0][1]].text
    if not after[:1].isalpha() or not after[:1].islower():
        return None
    return view.tokens[0].start, view.tokens[runs[0][1] - 1].end


def _pronoun_opening(view: SentenceView) -> Span | None:
    """« Il habite en résidence car « … » »: a third person subject pronoun opening the
    sentence before a verb the lexicon does not list (so no subject was read); not an
    impersonal « il » (« Il faut », « Il est », « Il y a »: the word after it is one of the
    lexicon's clause_verb_forms, hedge_words or clause_clitics)."""
    words = view.tokens[:2]
    pronouns = view.lex.word_set("third_person_subject_pronouns")
    if len(words) < 2 or fold(words[0].text) not in pronouns:
        return None
    after = fold(words[1].text)
    if after in view.lex.word_sets("clause_verb_forms", "hedge_words", "clause_clitics"):
        return None
    return words[0].start, words[0].end
