"""A reporting verb whose subject comes after it because a relative or "comme" opens its clause.

  object relative    « Un parti pris que dément Paris »: what is denied is the noun before *que*
  comme-clause       « La crise est grave, comme l'a rappelé le ministre » / « comme le dit X »
                     « Comme il l'a rappelé, la crise est grave »  (``comme_clause``)
  cleft              « …, c'est le Parisien qui nous le raconte »  (``cleft``)
In all of them the words after the verb are its subject, not its object; "C'est ce qu'a dit X"
says nothing by itself and is no attribution (its content is in the sentence before). This
module says which of the three a verb stands in and reads the object relative itself; the
comme- and as-clauses and the cleft are read in modules of their own (out of this one since
tidy38, which had reached 300 lines).
"""

from __future__ import annotations

import re

from quizapp.draft.clause.inverted_subjects.subject import source_after
from quizapp.draft.clause.subjects.clause_bounds import clause_start_before
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.shapes.detect.inverted.cleft import cleft, cleft_draft
from quizapp.draft.shapes.detect.inverted.comme_clause import (
    as_clause,
    as_draft,
    comme_clause_start,
    comme_draft,
)
from quizapp.draft.shapes.detect.view import (
    Draft,
    SentenceView,
    has_quote,
    relay_window,
    strip_span,
    words_before,
)
from quizapp.draft.text.segment import Span, words_in
from quizapp.draft.words.lexicon import Lexicon, built_once, fold

_COMMA_ASIDE = re.compile(r"\s*,[^,.;:!?«»“”\"]{1,40},")


def verb_after_relative(view: SentenceView, cue: Cue) -> bool:
    """The verb stands just after an object *que* or after "comme l'" / "as": its subject
    follows it (or is a pronoun right before the clitic)."""
    if cue.kind != "verb" or cue.participle or cue.first == 0:
        return False
    if _relative_index(view, cue) is not None:
        return cue.pronoun is None
    if as_clause(view, cue) is not None:
        return True
    return comme_clause_start(view, cue) is not None or cleft(view, cue) is not None


def relative_draft(view: SentenceView, cue: Cue) -> Draft | None:
    """The attribution of a verb that :func:`verb_after_relative` accepted."""
    as_found = as_clause(view, cue)
    if as_found is not None:
        return as_draft(view, cue, as_found)
    comme = comme_clause_start(view, cue)
    if comme is not None:
        return comme_draft(view, cue, comme)
    cleft_found = cleft(view, cue)
    if cleft_found is not None:
        return cleft_draft(view, cue, cleft_found)
    que = view.tokens[_relative_index(view, cue) or cue.first - 1]
    content = _relative_content(view, que.start)
    pointing = view.previous is not None and content == strip_span(view.text, view.previous)
    source = _inverted_subject(view, cue, pointing)
    if content is None or source is None:
        return None
    rest = view.text[source[1] : view.span[1]]
    if not (pointing or re.match(_SUBJECT_END, rest)):
        return None  # "Les mesures qu'annonce le gouvernement ne suffiront pas": a subject
    kind = "mixed" if has_quote(view, content) else "indirect"
    return Draft(content, cue.span, source, kind, None, 0.6, relay_window(view, cue))


_SUBJECT_END = r"\s*(?:[,.;:!?…)]|qui\b|et\b|mais\b|$)"


def _relative_index(view: SentenceView, cue: Cue) -> int | None:
    """The token index of the object *que* right before the verb, or before one object
    clitic of the person told (« C'est ce que nous explique X », « ce que lui a confié
    X »); None when the verb follows no *que* (French only)."""
    if view.lex.language != "fr":
        return None
    before = words_before(view, cue, 2)
    relative = view.lex.word_set("object_relative_pronouns")
    if before[-1:] and before[-1] in relative:
        return cue.first - 1
    if len(before) == 2 and before[0] in relative and before[1] in _told(view.lex):
        return cue.first - 2
    return None


@built_once
def _told(lex: Lexicon) -> frozenset[str]:
    """The object clitics of the person told, between *que* and the verb: the indirect ones
    (« lui », « leur », « nous »…) and those of the first and second person (« te », « t' »)."""
    return lex.word_sets("indirect_object_clitics", "personal_object_clitics")


def _relative_content(view: SentenceView, que: int) -> Span | None:
    """What the verb after an object *que* reports: the noun phrase before *que* (« Un
    parti pris que dément Paris »); the sentence before after a presentative (« C'est ce
    qu'a dit X », « Voilà ce qu'a annoncé X », « C'est, du moins, ce que… »); the clause
    before its comma when *ce que* sums it up (« La filiale sera revendue, ce que craignent
    les salariés »). None when *ce que* stands for nothing said."""
    text = view.text
    content = strip_span(text, (clause_start_before(view, que), que))
    words = fold(text[content[0] : content[1]]).split()
    summary = words[-1:] == ["ce"]
    presented = words[:1] and words[0].rstrip(",") in view.lex.word_set("presentatives")
    if presented and (len(words) <= 3 or summary):  # « C'est l'appel qu'a lancé X »
        return strip_span(text, view.previous) if view.previous else None
    if summary:
        comma = re.search(r",\s*(?:tout\s+)?ce\s*$", text[view.span[0] : que])
        if comma is None:
            return None
        content = strip_span(text, (view.span[0], view.span[0] + comma.start()))
        return content if words_in(text, content) >= 3 else None
    if len(words) < 2 or words[-1] == "tout":
        return None
    return content


def _inverted_subject(view: SentenceView, cue: Cue, pointing: bool = False) -> Span | None:
    """The subject after the verb, past adverbs ("que dément fermement Paris") and up to a
    verb of the main clause ("qu'annonce le gouvernement ne suffiront pas"); when the
    sentence points back (« C'est ce que réclamaient, samedi matin, des riverains »), past a
    setting between commas too (blocks37's reading, here since mend37c)."""
    rest = view.text[cue.span[1] : view.span[1]]
    aside = _COMMA_ASIDE.match(rest) if pointing else None
    adverbs = re.match(r"(?:\s+\w+ment\b)*", rest[aside.end() :] if aside else rest)
    after = cue.span[1] + (aside.end() if aside else 0) + (adverbs.end() if adverbs else 0)
    moved = Cue(cue.first, cue.last, (cue.span[0], after), cue.kind, cue.pronoun)
    source = source_after(view, moved)
    if source is None:
        return None
    lex = view.lex
    main_verbs = lex.word_set("main_clause_verb_words")
    for token in view.tokens:
        word = fold(token.text)
        if source[0] < token.start < source[1] and (word in lex.auxiliaries or word in main_verbs):
            source = strip_span(view.text, (source[0], token.start))
            break
    return source if words_in(view.text, source) else None
