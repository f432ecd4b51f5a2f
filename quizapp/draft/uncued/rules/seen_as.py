"""A quotation right after « comme » closing the object of a person's verb of judging or
perceiving (narration34): « Le maire vit ce vote comme « un désaveu » », « un projet que la
directrice considère comme « irréaliste » ». The words are the attribute the subject gives
that object, its view however short, so the subject is their source. Out of
``rules/narrated`` (tidy36), whose other shape, a phrase quoted inside the narration after
only the subject's verb, it shares the subject reading (``subjects/person_subject``) with.
"""

from __future__ import annotations

from quizapp.draft.clause.subjects.person_subject import (
    clause_between,
    opened_clause_subject,
    past_aside,
    person_subject,
    personal_pronoun,
)
from quizapp.draft.pipeline.attributions import Draft, SentenceView
from quizapp.draft.shapes.detect.view import strip_span
from quizapp.draft.text.segment import Span
from quizapp.draft.text.sentence.sentence_parts import past_participle
from quizapp.draft.uncued.rules.lone_quotes.alone import names_a_charge
from quizapp.draft.words.lexicon import finite_or_participle, fold

_OBJECT_WORDS = 10  # a verb and its object before « comme »: longer, another clause may open


def characterised(view: SentenceView, named_only: bool) -> Draft | None:
    """« Le maire vit ce vote comme « un désaveu » », « un projet que la directrice considère
    comme « irréaliste » »: a quotation right after « comme » that closes the object of the
    subject's verb is the attribute the subject gives that object, its words however short
    (narration34). The subject opens the sentence or the clause « si », « parce que » or an
    object relative « que » opens; the content runs from its verb to the quotation."""
    found = _after_comme(view)
    if found is None:
        return None
    comme, quote = found
    subject = person_subject(view, comme) or opened_clause_subject(view, comme)
    if subject is None or (named_only and _pronoun(view, subject)):
        return None  # a description is asked first too: it gives the object its attribute
    if not _verb_and_object(view, (subject[1], comme)) or _kept_unsaid(view, quote):
        return None
    if not _judges_an_object(view, subject, comme):
        return None
    content = strip_span(view.text, (subject[1], quote[1]))
    return Draft(content, None, subject, "mixed", None, 0.5, "")


def _after_comme(view: SentenceView) -> tuple[int, Span] | None:
    """Where « comme » starts and the quotation right after it, past an article (« comme
    « un cadenas » », « comme une « provocation » », « comme d'un « gros village » »), inside
    the sentence; never a charge's words."""
    articles = view.lex.word_sets("determiners", "elided_partitives")  # joined once
    for quote in view.opened_quotes():
        if quote[1] > view.span[1] or names_a_charge(view, quote):
            continue
        before = view.tokens_within(view.span[0], quote[0])[-3:]
        while before and fold(before[-1].text) in articles:
            before = before[:-1]
        if before and fold(before[-1].text) == "comme" and before[-1].start > view.span[0]:
            return before[-1].start, quote
    return None


def _verb_and_object(view: SentenceView, gap: Span) -> bool:
    """The subject's verb, then its object, between the subject and « comme » (« vit cette
    signature », « le perçoit », « considère »): a verb-like first word that is no participle
    standing alone, and no copula or verb of state (« est perçu comme », « reste vu comme »:
    someone else's view of the subject), no negation, no clause, colon or semicolon."""
    words = past_aside(view.tokens_within(*gap))
    if not words or len(words) > _OBJECT_WORDS or clause_between(view, gap):
        return False
    first = fold(words[0].text)
    if not words[0].text[:1].islower() or past_participle(first, view.lex):
        return False
    refused = view.lex.word_sets("copula_forms", "state_verbs", "negation_adverbs")
    return not any(t.text in ":;" or fold(t.text) in refused for t in words)


def _judges_an_object(view: SentenceView, subject: Span, comme: int) -> bool:
    """A verb of judging or perceiving between the subject and « comme » (lexicon
    ``seeing_as_verbs``: « vit », « considère », « l'ont perçu »), with a direct object
    before « comme »: a clitic before it (lexicon ``direct_object_clitics`` and
    ``reflexive_pronouns``: « le », « l' », « se »), words after it (« vit ce vote »), or the
    object relative « que » opening the clause (``object_relative_pronouns``). After any other
    verb « comme » is « in the role of » (« travaille comme « … » », « a rejoint le club
    comme « … » »): nobody's view (mend34d, review34)."""
    words = past_aside(view.tokens_within(subject[1], comme))
    seeing = view.lex.word_set("seeing_as_verbs")
    at = next((i for i, t in enumerate(words) if fold(t.text) in seeing), None)
    if at is None:
        return False
    objects = view.lex.word_sets("direct_object_clitics", "reflexive_pronouns")
    before = view.tokens_within(view.span[0], subject[0])[-1:]
    relative = bool(before) and fold(before[0].text) in view.lex.word_set(
        "object_relative_pronouns"
    )
    clitic = any(fold(t.text) in objects for t in words[:at])
    return relative or clitic or at < len(words) - 1


def _kept_unsaid(view: SentenceView, quote: Span) -> bool:
    """The sentence goes on to deny that the subject says it (« Si le maire vit ce vote comme
    « un désaveu », il ne le dit pas »): a negation and a reporting verb of the lexicon,
    simple or compound, after the quotation (mend34d)."""
    after = [fold(t.text) for t in view.tokens_within(quote[1], view.span[1])]
    negated = any(w in view.lex.word_set("negation_adverbs") for w in after)
    saying = finite_or_participle(view.lex)
    return negated and any(w in saying for w in after)


def _pronoun(view: SentenceView, subject: Span) -> bool:
    """A subject that is a personal pronoun alone (« elle »), which may take up the speaker
    heard last: asked after that speaker's account going on (``person_subject``'s test)."""
    words = view.tokens_within(*subject)
    return len(words) == 1 and bool(personal_pronoun(words, view.lex))
