"""An English verb of blame with a plain noun object: "condemned the council's failure to
act", "slammed the decision to close the depot", "deplored the handling of the floods"
(stance37). Counted over the English corpus, these verbs' noun objects were keyed when they
name a thing already known that the speaker judges, written after a definite or demonstrative
determiner; the bare plurals and names after them ("condemned controversial plans to build…",
"blasted Councillor X's motion") were not. So the verbs of lexicon ``blame_object_verbs``
report a noun object only after one of ``stance_object_determiners``, the reading French
gives its verbs of ``restricted_objects`` (detect/object_clause._stance_on_other).

The same verbs strike, blast and condemn things and people literally ("slammed the ball into
the net", "condemned the building", "condemned the man to life in prison", mend37a): the
object's noun, before its first preposition or relative, must name a judged act or thing
(lexicon ``blame_object_heads``, or an act noun's ending, objects/act_nouns), or be a person
or a body blamed "for" something ("blasted the government for the chaos"). A relative after
a comma is the outlet's ("condemned the attack, which killed three people"): the object ends
before it."""

from __future__ import annotations

import re

from quizapp.draft.clause.objects.act_nouns import act_noun
from quizapp.draft.clause.objects.allowed import object_words
from quizapp.draft.clause.objects.readings import people_word
from quizapp.draft.reporting.english_cue_forms.english_forms import (
    clause_head,
    intention_at,
    reads_as_clause,
)
from quizapp.draft.shapes.detect.view import SentenceView
from quizapp.draft.speakers.speaker_checks.can_speak import speaking_noun
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import Lexicon

_LONGEST_NOUN_PHRASE = 6


def blamed_object(view: SentenceView, form: str, content: Span) -> Span | None:
    """The object ``content`` of ``form`` as a verb of blame reports it: unchanged for another
    verb, None when it is no judged thing after a determiner of ``stance_object_determiners``,
    else cut before a relative after a comma."""
    if form not in view.lex.word_set("blame_object_forms"):
        return content
    words = object_words(view.text[content[0] : content[1]])
    if not words or words[0] not in view.lex.word_set("stance_object_determiners"):
        return None  # "condemned controversial plans": a bare act (stance37)
    if not _judged(view.lex, words[1:]):
        return None  # "slammed the ball into the net": a literal blow
    aside = _ASIDE.search(view.text, content[0], content[1])
    return (content[0], aside.start()) if aside else content


def _judged(lex: Lexicon, words: list[str]) -> bool:
    """The noun phrase ``words`` (after its determiner, up to a preposition or a relative)
    holds a judged act or thing, or names people or a body and then "for"."""
    stops = lex.word_sets("non_noun_openers", "relative_openers")
    phrase = []
    for word in words[:_LONGEST_NOUN_PHRASE]:
        if word in stops:
            break
        phrase.append(word)
    parts = [p for word in phrase for p in re.split(r"[-'’]", word) if p]
    heads = lex.word_set("blame_object_heads")
    if any(p in heads or act_noun(lex, p) for p in parts):
        return True  # "the council's failure", "the 32-hour-wait", "the council's action"
    if not phrase or words[len(phrase) : len(phrase) + 1] != ["for"]:
        return False
    head = phrase[-1]  # "blasted the SNP government for the chaos", not "the rock for hours"
    return people_word(lex, head) or speaking_noun(head, lex)


def blamed_that(view: SentenceView, words: list[str], index: int) -> bool:
    """The "that" at ``index``, right after a verb of blame, is a determiner ("condemned that
    decision", mend37a) unless a clause follows it ("deplored that the council had failed")."""
    if words[index] != "that" or words[index - 1] not in view.lex.word_set("blame_object_forms"):
        return False
    after = view.text[view.tokens[index].end : view.span[1]]
    if intention_at([w.lower() for w in clause_head(view.lex, after)], view.lex) >= 0:
        return True  # "that decision to close the library": a noun phrase, read as a clause
    return not reads_as_clause(view.lex, after)


_ASIDE = re.compile(r",\s*(?:which|who)\b")
