"""A paragraph with no quotation marks that a colon introduces: « L'ancien maire ne cache pas
son amertume : » or « …, explique le maire : », then the speaker's words as a paragraph of
their own, in the first person, the marks left out (local radio and web pages that transcribe
an interview, unmarked42). The words are the introduction's speaker's: the source of the
finding whose cue or according-to closes the introduction, else the subject of the clause
before the colon when its verb reports or shows an attitude (« ne cache pas sa colère », not
« a interrogé le maire », « ont reçu un courrier »). A list or a report introduced so speaks
in no first person (« Il faut notamment : », « comme le montre ce reportage : »), and « on »
or a possessive speaks for a council or a group as often (mend42b).
"""

from __future__ import annotations

from dataclasses import replace

from quizapp.draft.findings import Attribution, Span
from quizapp.draft.pipeline.attributions import Draft, SentenceView
from quizapp.draft.shapes.detect.view import strip_span
from quizapp.draft.text.segment import QUOTE_MARKS
from quizapp.draft.uncued.going_on.quoted_on import finding_ends
from quizapp.draft.uncued.rules.clause_subject import clause_subject
from quizapp.draft.words.lexicon import (
    Lexicon,
    finite_or_auxiliary,
    fold,
    folded_words,
    listed_verb_forms,
)

_CONFIDENCE = 0.5  # no cue and no marks: the layout alone says the words are someone's
_FIRST_PERSON = "introduced_first_person_words"  # French only: what turns the rule on
_APPOSITION_WORDS = 6  # « …, explique Paul Durand, maire de la commune : »


def _introducing_colon(view: SentenceView) -> int | None:
    """Where the colon closing ``view``'s sentence stands, when nothing but spaces follows it
    and the language lists the rule's first person (French: English's counts did not warrant
    the rule, unmarked42); None otherwise. The paragraph after is checked by the caller."""
    body = view.text[view.span[0] : view.span[1]].rstrip()
    if not body.endswith(":") or _FIRST_PERSON not in view.lex.raw:
        return None
    return view.span[0] + len(body) - 1


def introduced_paragraph(
    intro: SentenceView, found: list[Attribution], para: Span
) -> Attribution | Draft | None:
    """The paragraph ``para`` as the direct words of whoever the colon sentence ``intro``
    introduces: its last finding's speaker when that finding's cue or according-to closes
    the sentence (« …, explique le maire : », « Pour X, … : »), else the subject of the clause
    before the colon, after that finding (« Selon X, …, mais Anne Roy conteste : »), when
    its verb reports or shows an attitude (« Anne Roy ne cache pas sa colère : »)."""
    text = intro.text
    colon = _introducing_colon(intro)
    content = strip_span(text, para, trailing=",;:–—-")
    if colon is None or QUOTE_MARKS.search(text, *content):
        return None
    if not _first_person(text, content, intro.lex):
        return None
    if found and _finding_closes(intro, found[-1], colon):
        return replace(found[-1], content=content, cue=None, kind="direct", confidence=_CONFIDENCE)
    start = _clause_start(intro, found, colon)
    subject = clause_subject(intro, colon, past_connective=True, start=start)
    if subject is None or not _introducing_verb(text[subject[1] : colon], intro.lex):
        return None
    return Draft(content, None, subject, "direct", None, _CONFIDENCE, "")


def _finding_closes(intro: SentenceView, finding: Attribution, colon: int) -> bool:
    """Whether the finding's cue or according-to closes the sentence right before the colon,
    no clause of its own after them (« …, mais l'opposante Anne Roy conteste : »)."""
    if _last_clause(intro, _past_cue(finding), colon) is not None:
        return False
    return _closes(intro.text[max(finding_ends(finding)) : colon], intro.lex)


def _clause_start(intro: SentenceView, found: list[Attribution], colon: int) -> int:
    """Where the clause whose subject introduces the paragraph starts: the last clause a
    connective opens after the last finding's cue, else the end of that finding, else the
    sentence's start past a fronted participle phrase."""
    if not found:
        return _past_fronted_participle(intro, colon)
    clause = _last_clause(intro, _past_cue(found[-1]), colon)
    return max(finding_ends(found[-1])) if clause is None else clause


def _last_clause(intro: SentenceView, start: int, end: int) -> int | None:
    """Where the last clause that a comma and a connective open between ``start`` and
    ``end`` starts (« , mais », « , et », lexicon ``opening_connectives``), else None."""
    connectives = intro.lex.word_set("opening_connectives")
    opening = None
    for token in intro.tokens_within(start, end):
        before = intro.text[start : token.start].rstrip()
        if before.endswith(",") and fold(token.text) in connectives:
            opening = token.start
    return opening


def _past_cue(finding: Attribution) -> int:
    """Where a finding's cue and source end, its content's start when it has neither: an
    according-to's claim comes after them, an inserted cue's words before."""
    spans = [s for s in (finding.cue, finding.source) if s is not None]
    return max((span[1] for span in spans), default=finding.content[0])


def _first_person(text: str, passage: Span, lex: Lexicon) -> bool:
    """Whether the passage speaks as « je » or « nous », subject or object (lexicon
    ``introduced_first_person_words``; no « on », no possessive)."""
    words = folded_words(text[passage[0] : passage[1]])
    return any(w.strip(",;:.!?…") in lex.word_set(_FIRST_PERSON) for w in words)


def _closes(gap: str, lex: Lexicon) -> bool:
    """Whether what stands between a finding and the colon leaves the finding closing the
    sentence: nothing, or an apposition to its source (« , maire de la commune »), with no
    verb and no connective (« , mais l'opposante Anne Roy conteste » is a clause of its own)."""
    words = [w.strip(",") for w in folded_words(gap.strip(' »"”'))]
    if not any(words):
        return True
    verbs, connectives = finite_or_auxiliary(lex), lex.word_set("opening_connectives")
    apposition = gap.lstrip(' »"”').startswith(",") and len(words) <= _APPOSITION_WORDS
    return apposition and not any(w in verbs or w in connectives for w in words)


def _past_fronted_participle(intro: SentenceView, colon: int) -> int:
    """Where the clause subject is read from: past a participle phrase opening the sentence
    (« Interrogé mardi, le maire se montre amer : »), else from the sentence's start."""
    words = intro.tokens_within(intro.span[0], colon)
    comma = intro.text.find(",", intro.span[0], colon)
    if not words or comma < 0 or fold(words[0].text) not in intro.lex.participles:
        return intro.span[0]
    return comma + 1


def _introducing_verb(predicate: str, lex: Lexicon) -> bool:
    """Whether the predicate's verb, past negation, clitics and auxiliaries, reports or shows
    an attitude (lexicon reporting forms and ``introducing_attitude_verbs``), not one of
    asking or hearing (``unintroducing_verbs``: « a interrogé le maire : » is the asker)."""
    skipped = lex.word_sets("negation_adverbs", "verb_clitics", "copula_forms")
    for word in folded_words(predicate):
        if word in skipped or word in lex.auxiliaries:
            continue
        if word in listed_verb_forms(lex, "unintroducing_verbs"):
            return False
        return _said(word, lex) or word in listed_verb_forms(lex, "introducing_attitude_verbs")
    return False


def _said(word: str, lex: Lexicon) -> bool:
    """A reporting form, plain or reflexive (« conteste », « s'est montré »), each set asked
    apart: joining them would copy tens of thousands of forms at each call."""
    sets = (lex.finite, lex.participles, lex.reflexive_finite, lex.reflexive_participles)
    return any(word in forms for forms in sets)
