"""Relative clauses around a subject, for the subject walker of ``around_cue``: a relative set
off by commas after its subject, the antecedent of a relative that closes a clause, an English
*that* opening a relative of the subject, and the member a group pronoun stands for ("X was
among those who said…"). They stand on ``antecedent``, which reads back from a relative
pronoun to the phrase it takes up; kept apart so each module stays one screen of rules."""

from __future__ import annotations

import re

from quizapp.draft.clause.noun_phrases.noun_phrase import holds_finite_verb, opens_noun_phrase
from quizapp.draft.clause.subjects.antecedent import antecedent
from quizapp.draft.clause.subjects.clause_bounds import (
    NP_OPENING,
    clause_start_before,
    skip_segment,
)
from quizapp.draft.shapes.detect.view import SentenceView, strip_span
from quizapp.draft.text.segment import Span
from quizapp.draft.text.sentence.sentence_parts import adverbial_opening
from quizapp.draft.words.lexicon import english_verb_words, fold, relative_words

_ACCORDING_OPENING = re.compile(r"(?:selon|d['’]après|according to|pour)\s+", re.IGNORECASE)


def that_relative(view: SentenceView, start: int, segment: str) -> int | None:
    """Where *that* opens a relative clause of the subject: right after a noun, followed by
    a verb ("The team that won the title said"); None otherwise ("said that…")."""
    words = view.text[view.span[0] : start].split()
    if view.lex.language != "en" or len(words) < 2 or words[-1].lower() != "that":
        return None
    first = fold(segment.split()[0]) if segment else ""
    lex = view.lex
    verb = first in lex.finite or first in lex.auxiliaries or first.endswith("ed")
    verb = verb or first in lex.word_set("irregular_past_forms")
    noun = words[-2].isalpha() and fold(words[-2]) not in lex.finite
    return view.text.rfind("that", view.span[0], start) if verb and noun else None


def member_of_group(view: SentenceView, subject: Span | None) -> Span | None:
    """ "Sens' attorney, Ralph Capitelli, was among those who said…": a group pronoun (lexicon
    ``member_groups``) after a link of membership (``member_links``, "was among", "are among")
    speaks for the subject of that link, at most twelve words from the sentence's start; any
    other subject is kept."""
    if subject is None:
        return None
    if fold(view.text[subject[0] : subject[1]]) not in view.lex.word_set("member_groups"):
        return subject
    before = fold(view.text[view.span[0] : subject[0]]).rstrip()
    link = next((m for m in view.lex.words("member_links") if before.endswith(" " + m)), None)
    if link is None:
        return subject
    member = strip_span(view.text, (view.span[0], view.span[0] + len(before) - len(link)))
    member = (member[0], member[1] - 1) if view.text[member[1] - 1] == "," else member
    return member if 0 < len(view.text[member[0] : member[1]].split()) <= 12 else subject


def set_off_relative(view: SentenceView, start: int) -> int | None:
    """A relative set off by commas after a short noun phrase with no verb of its own
    (« La fédération des pharmaciens, qui suit le dossier, affirme », "A person familiar
    with the matter, who…, said"): that phrase is the subject, read whole back from its
    comma, not its nearest noun (« des pharmaciens », "the matter"). A verb is any the noun
    phrase reader sees, not only a reporting one (« Le préfet ne cède rien à Julie X, qui
    dénonce »: a main clause, so Julie X, the antecedent, speaks; speakers25b)."""
    comma, lex = start - 1, view.lex
    if view.text[comma : comma + 1] != ",":
        return None
    for _ in range(3):  # « X, qui a vu le rapport, qui suit le dossier, »: back over both
        before = clause_start_before(view, comma)
        clause = view.text[slice(*strip_span(view.text, (before, comma)))]
        if not re.match(r"qui\b", clause) or view.text[before - 1 : before] != ",":
            break
        comma = before - 1
    words = [fold(t.text) for t in view.tokens if before <= t.start < comma]
    relatives = relative_words(lex)
    relative = next((i for i, w in enumerate(words) if w in relatives), None)
    main = words[:relative]  # « une pharmacienne qui a requis l'anonymat »
    verb = any(w in lex.finite or w in lex.auxiliaries or w in lex.participles for w in main)
    verb = verb or holds_finite_verb(view.text, (before, comma), lex)
    if lex.language == "en":  # any verb at all ("X met the mayor"); the sentence's opening
        verb = verb or any(w in english_verb_words(lex) or w.endswith("ed") for w in main)
        verb = verb or view.text[view.span[0] : before].strip() != ""  # not "X, a professor,"
    phrase = NP_OPENING.match(clause) and not adverbial_opening(view.lex).match(clause)
    if verb or not main or not phrase or skip_segment(view.lex).match(clause) or len(main) > 14:
        return None
    return comma


def before_trailing_relative(view: SentenceView, span: Span, segment: str, at: int) -> Span:
    """The antecedent of a relative that closes the segment (``at``: where « qui » starts):
    the phrase before it (« selon le ministre qui »), a demonstrative (« tous ceux qui »), or,
    when a verb of the segment stands before it, the noun phrase after that verb (« L'avocate
    a attaqué le procureur général qui a réclamé… »: le procureur général, never the clause
    with its verb, which as a speaker's mention would stand for the wrong person)."""
    lead = _ACCORDING_OPENING.match(segment)
    begin = span[0] + (lead.end() if lead else 0)
    own = _DEMONSTRATIVE_BEFORE.search(segment, 0, at)
    if own is not None:  # « un avertissement pour tous ceux qui ont déclaré »: « ceux »
        return (span[0] + own.start(1), span[0] + at)
    if _has_verb(view, (begin, span[0] + at)) or not _phrase(view, (begin, span[0] + at)):
        found = antecedent(view, span[0] + at)
        if found is not None and found[0] > begin:
            return found
    return (begin, span[0] + at)


def _phrase(view: SentenceView, span: Span) -> bool:
    """Whether ``span`` is a noun phrase with no verb of its own (« temporalise un autre qui
    explique », « les banques sont pointées par deux associations qui dénoncent » are none:
    the relative's antecedent is the phrase right before « qui »)."""
    text, lex = view.text, view.lex
    return opens_noun_phrase(text, span, lex) and not holds_finite_verb(text, span, lex)


def _has_verb(view: SentenceView, span: Span) -> bool:
    """A finite verb or an auxiliary among the words of ``span``."""
    lex = view.lex
    return any(
        fold(t.text) in lex.finite or fold(t.text) in lex.auxiliaries
        for t in view.tokens
        if span[0] <= t.start < span[1]
    )


# a demonstrative pronoun is the antecedent of the relative right after it
_DEMONSTRATIVE_BEFORE = re.compile(r"(?i)\s((?:tous\s+|toutes\s+)?(?:ceux|celles|celui|celle))$")
