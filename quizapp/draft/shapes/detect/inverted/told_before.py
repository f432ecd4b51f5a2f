"""Two cues whose content stands before them with no mark to join the two.

  unmarked inverted cue   « Le suspect a l'attitude d'un homme désabusé raconte une source
                          proche de l'enquête », « … ouvertes explique Fabrice X »: no
                          comma before the verb, a described or first-named source after it
  clitic taking up        « Le site fermera. Le maire l'a confirmé. »: « le » / « l' » before
                          the verb and nothing said after it take up the sentence before
Apart from ``relative`` (a relative or « comme » opening the verb's clause), which with them
passed the ~300-line file limit.
"""

from __future__ import annotations

import re

from quizapp.draft.clause.inverted_subjects.subject import source_after
from quizapp.draft.clause.subjects.around_cue import source_before_clitic
from quizapp.draft.names.naming.gender import first_name_words
from quizapp.draft.names.naming.roles import role_words
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.shapes.detect.view import (
    Draft,
    SentenceView,
    has_quote,
    relay_window,
    strip_span,
)
from quizapp.draft.text.segment import Span, words_in
from quizapp.draft.text.sentence.clause_verbs import verbish
from quizapp.draft.words.lexicon import Lexicon, built_once, fold, folded_words

_MARK_AT_END = re.compile(r"[,;:«»“”\"]\s*$")
_QUOTE_OR_QUE = re.compile(r"[«“\"]|\bque?\b")


@built_once
def _after_source(lex: Lexicon) -> re.Pattern[str]:
    """After the source: the sentence's end or a comma, maybe after where or when it was
    said (lexicon ``source_tail_openers``)."""
    openers = lex.one_of("source_tail_openers")
    return re.compile(rf"\s*(?:(?:{openers})\b[^,.;:«“\"]{{0,40}})?(?:([,.;!?])|$)")


def unmarked_inverted_cue(view: SentenceView, cue: Cue, used: set[Span]) -> Draft | None:
    """ "Le suspect a l'attitude d'un homme désabusé raconte une source proche de l'enquête":
    an inverted cue with no comma before it, told by a clause before (with its own verb) and
    a source after (a description of someone, ending the sentence or followed by a comma)."""
    words = _clause_before(view, cue)
    if words is None:
        return None
    source = source_after(view, cue)
    named = None if source is None else _source_named(view, source, words)
    if source is None or named is None:
        return None
    after = _after_source(view.lex).match(view.text[source[1] : view.span[1]])
    if after is None:
        return None
    end = cue.span[0]
    if after.group(1) == "," and not named and words_in(view.text, (source[1], view.span[1])) >= 3:
        end = view.span[1]  # the statement goes on after its source: one span over both
    content = strip_span(view.text, (view.span[0], end))
    kind = "mixed" if has_quote(view, content) else "indirect"
    return Draft(content, cue.span, source, kind, None, 0.6, relay_window(view, cue))


def _clause_before(view: SentenceView, cue: Cue) -> list[str] | None:
    """The folded words before a French inverted cue with no mark before it, when they hold a
    verb of their own (a clause that the cue tells); None otherwise: the cue's own test, apart
    from the reading of its source."""
    if view.lex.language != "fr" or cue.pronoun is not None or cue.participle:
        return None
    before = view.text[view.span[0] : cue.span[0]]
    if _MARK_AT_END.search(before) or cue.first < 4:
        return None
    lex = view.lex
    words = view.folded_tokens[: cue.first]
    if not any(w in lex.auxiliaries or verbish(w, lex) for w in words[1:]):
        return None  # "Le ministre dénonce une source de conflits": no clause before
    return words


def _source_named(view: SentenceView, source: Span, words: list[str]) -> bool | None:
    """Whether the source after the cue is a person named by a first name (True) or a
    description (False); None when it is neither, or a name after « et » (a second verb of
    the same subject)."""
    lex = view.lex
    written = view.text[source[0] : source[1]].replace("'", "' ").replace("’", "’ ").split()
    phrase = folded_words(view.text[source[0] : source[1]])
    named = _first_named(phrase, written, lex)
    if not named and not _described(phrase, written, lex):
        return None
    if named and words[-1] in lex.word_set("clause_joining_words"):
        return None  # « … et félicite Paul Durand »: a second verb of the same subject
    return named


def _described(phrase: list[str], written: list[str], lex: Lexicon) -> bool:
    """ "…raconte une source proche", "…explique la Préfecture": a description of someone, or
    a body or a name after an article."""
    if len(phrase) < 2 or phrase[0] not in lex.word_set("inverted_source_openers"):
        return False
    heads = lex.word_sets("anonymous_heads", "person_descriptions")
    return phrase[1] in heads or phrase[1] in role_words(lex) or written[1][:1].isupper()


def _first_named(phrase: list[str], written: list[str], lex: Lexicon) -> bool:
    """ "…ouvertes explique Fabrice Melziareck, directeur de l'office": a person named by a
    first name of the lexicon and a capitalised surname (recall16)."""
    if len(written) < 2 or not (written[0][:1].isupper() and written[1][:1].isupper()):
        return False
    return phrase[0] in first_name_words(lex)


def clitic_takes_up_previous(view: SentenceView, cue: Cue, used: set[Span]) -> Draft | None:
    """ "Le vol de cocaïne ? Il le nie en bloc." / "Le site fermera. Le maire l'a confirmé.":
    a clitic *le* / *l'* before the verb and nothing said after it take up the sentence
    before (when nothing was attributed in it)."""
    if view.lex.language != "fr" or view.previous is None or cue.first == 0:
        return None
    if fold(view.tokens[cue.first - 1].text) not in view.lex.word_set("neuter_object_clitics"):
        return None
    rest = view.text[cue.span[1] : view.span[1]]
    if words_in(view.text, (cue.span[1], view.span[1])) > 4 or _QUOTE_OR_QUE.search(rest):
        return None
    source = source_before_clitic(view, cue)
    if source is None and cue.pronoun is None:
        return None
    content = strip_span(view.text, view.previous)
    while content[1] > content[0] and view.text[content[1] - 1] in "?!… ":
        content = (content[0], content[1] - 1)
    if words_in(view.text, content) < 2:
        return None
    kind = "mixed" if has_quote(view, content) else "indirect"
    return Draft(content, cue.span, source, kind, cue.pronoun, 0.55, relay_window(view, cue))
