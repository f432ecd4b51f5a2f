"""A paragraph with no quotation marks that a colon introduces: « L'ancien maire ne cache pas
son amertume : » or « …, explique le maire : », then the speaker's words as a paragraph of
their own, in the first person, the marks left out (local radio and web pages that transcribe
an interview, unmarked42). The words are the introduction's speaker's: the source of the
finding that closes the introduction, else the subject of the clause before the colon. The
colon must close its paragraph and the paragraph after must hold no finding and no mark; a
list or a report introduced so speaks in no first person (« Il faut notamment : », « comme
le montre ce reportage : »).
"""

from __future__ import annotations

from dataclasses import replace

from quizapp.draft.findings import Attribution, Span
from quizapp.draft.pipeline.attributions import Draft, SentenceView
from quizapp.draft.shapes.detect.view import strip_span
from quizapp.draft.text.segment import QUOTE_MARKS
from quizapp.draft.uncued.rules.clause_subject import clause_subject
from quizapp.draft.uncued.rules.signatures.spoken import first_person
from quizapp.draft.words.lexicon import fold

_CONFIDENCE = 0.5  # no cue and no marks: the layout alone says the words are someone's


def _introducing_colon(view: SentenceView) -> int | None:
    """Where the colon closing ``view``'s sentence stands, when nothing but spaces follows it
    and no quotation opens after it; None otherwise."""
    text = view.text
    body = text[view.span[0] : view.span[1]].rstrip()
    if not body.endswith(":") or "first_person_words" not in view.lex.raw:
        return None  # English lists no first person: its counts did not warrant the rule
    return view.span[0] + len(body) - 1


def introduced_paragraph(
    intro: SentenceView, found: list[Attribution], para: Span
) -> Attribution | Draft | None:
    """The paragraph ``para`` as the direct words of whoever the colon sentence ``intro``
    introduces: its last finding's speaker (« …, explique le maire : », « Pour X, … : »), else
    the subject of the clause before the colon (« Anne Roy ne cache pas sa colère : ») or the
    pronoun opening it (« Elle voulait du concret : »), as a draft to resolve."""
    text = intro.text
    colon = _introducing_colon(intro)
    content = strip_span(text, para, trailing=",;:–—-")
    if colon is None or QUOTE_MARKS.search(text, *content):
        return None
    if not first_person(text, content, intro.lex):
        return None
    if found:
        return replace(found[-1], content=content, cue=None, kind="direct", confidence=_CONFIDENCE)
    subject = clause_subject(intro, colon, past_connective=True)
    if subject is not None:
        return Draft(content, None, subject, "direct", None, _CONFIDENCE, "")
    pronoun = _opening_pronoun(intro)  # resolved as a cue's « a-t-elle » is
    if pronoun is None:
        return None
    return Draft(content, None, None, "direct", pronoun, _CONFIDENCE, "")


def _opening_pronoun(intro: SentenceView) -> str | None:
    """A third-person pronoun opening the sentence, a verb after it (« Elle voulait du
    concret : », « Il s'est fait porte-parole des jeunes : », lexicon
    ``third_person_subject_pronouns`` but « on », ``camp_pronouns``): the person it stands
    for, resolved as a cue's pronoun is; the clause reader leaves a lone pronoun out as a
    word any sentence opens on."""
    words = intro.tokens_within(*intro.span)
    if len(words) < 2 or not words[1].text[:1].islower():
        return None
    word = fold(words[0].text)
    lex = intro.lex
    people = lex.word_set("third_person_subject_pronouns") - lex.word_set("camp_pronouns")
    return word if word in people else None  # « On l'a rencontrée : » is the outlet's
