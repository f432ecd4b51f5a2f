"""Where a French cue closing its sentence is set off from the clause it reports: by a comma,
with maybe the clitic of the people told between (« …, nous apprend Sud Ouest »), or by
nothing at all before a name that closes the sentence (« Une injustice, et même une triple
peine estime Reginald », « …un salarié a été malmené sur un parking raconte Cédric Barreau,
délégué CFDT : "…" »: the page wrote no comma; recall18), or before an inverted cue that
carries its subject pronoun (« …s'il venait explique-t-il, "…" », recall24a). Apart from
``clauses`` (which reads the clause) because ``object_clause`` asks it too: the name there is
no object."""

from __future__ import annotations

import re

from quizapp.draft.clause.noun_phrases.noun_phrase import holds_finite_verb
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.shapes.detect.view import SentenceView, strip_span
from quizapp.draft.text.segment import CLOSING_MARK_TOKENS, OPENING_MARK_TOKENS, Span
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once, fold


@built_once
def told_comma(lex: Lexicon) -> re.Pattern[str]:
    """A comma, then maybe a clitic of the people told (lexicon indirect_object_clitics)."""
    clitics = alternation(lex.words("indirect_object_clitics"))
    return re.compile(rf"(?i),\s*(?:(?:{clitics})\s*)?$")


def name_closes(view: SentenceView, cue: Cue) -> bool:
    """Whether a name closing the sentence is the cue's inverted subject (``clause_before``)."""
    return clause_before_name(view, cue) is not None


def clause_before_name(view: SentenceView, cue: Cue) -> Span | None:
    """The clause a cue reports when a name closes the sentence after it (or a description
    set off by a comma, then a colon opening what the name says next) and nothing sets the
    cue off: a clause with a verb of its own, from the sentence's start or its last colon,
    four words or more and no comma right before the cue, whose last word is no conjunction,
    pronoun or clitic. Before a cue with no verb before it, the words are its subject and the
    name its object (« Les salariés de l'usine dénoncent Emmanuel Macron »)."""
    if view.lex.language != "fr" or cue.participle or cue.pronoun is not None:
        return None
    if _NAME_TO_THE_END.fullmatch(view.text, cue.span[1], view.span[1]) is None:
        return None
    return _clause_with_no_comma(view, cue, view.text[view.span[0] : cue.span[0]])


def pronoun_closes(view: SentenceView, cue: Cue) -> bool:
    """« Il l'a appelé pour voir s'il venait explique-t-il, "…" », « Ces mesures, que La Poste
    veut "imposer" disent-ils, sont… »: a subject pronoun joined to its verb by hyphens makes
    the cue inverted whatever the page wrote before it, so a missing comma hides no clause
    (recall24a); the clause is read as before a closing name, and may end on a quotation it
    does not open. Never in a question (« Que pense-t-il de cette idée ? »)."""
    if view.lex.language != "fr" or cue.participle or cue.pronoun is None:
        return False
    written = view.text[cue.span[0] : cue.span[1]].lower()  # not « et de citer », « à ses yeux »
    if f"-{cue.pronoun}" not in written or "?" in view.text[cue.span[0] : view.span[1]]:
        return False
    before = view.text[view.span[0] : cue.span[0]]
    closed = before.rstrip()[-1:] in CLOSING_MARK_TOKENS
    quoted_end = closed and before.lstrip()[:1] not in OPENING_MARK_TOKENS
    if quoted_end:  # the quotation ends the clause: read it up to its last word
        before = before.rstrip()[:-1] + " "
    return _clause_with_no_comma(view, cue, before, verb=False) is not None


def _clause_with_no_comma(
    view: SentenceView, cue: Cue, before: str, verb: bool = True
) -> Span | None:
    """The clause ``before`` the cue, from the sentence's start or its last colon, when no
    comma sets the cue off and its last word can end a clause; with a verb of its own unless
    the cue carries its subject (then the words before can be no subject of it)."""
    if not before[-1:].isspace() or not before.rstrip()[-1:].isalnum():
        return None
    words = before.split()
    if len(words) < 4 or fold(words[-1]) in _not_clause_ends(view.lex):
        return None
    start = view.span[0]
    clause = strip_span(view.text, (start + before.rfind(":") + 1, cue.span[0]))
    return clause if not verb or holds_finite_verb(view.text, clause, view.lex) else None


def _not_clause_ends(lex: Lexicon) -> frozenset[str]:
    """Words a clause a cue reports never ends on: after them the cue goes on their clause
    (« …et dénonce X », « …qui dénonce X », « …le dénonce X »)."""
    listed = ("clause_joining_words", "coordinators", "relative_pronouns", "subject_pronouns")
    listed += ("clitic_fillers", "determiners", "object_relative_pronouns")
    return lex.word_sets(*listed)


# a name of one to four capitalised words, then the sentence's end, or a description after a
# comma and what follows a colon
_NAME_TO_THE_END = re.compile(
    r"\s+(?:[A-ZÀ-Ö][\w'’.-]*\s*){1,4}(?:,[^,:;«»“”\"]{1,80})?(?::.*|[.!?…]*\s*)", re.DOTALL
)
