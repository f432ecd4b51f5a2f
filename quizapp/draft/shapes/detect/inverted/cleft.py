"""A cleft before a verb of saying, « …, c'est le Parisien qui nous le raconte »: the name
between « c'est » and « qui » is the verb's subject and what was said is the clause before the
comma, or the sentence before. Not when the verb has an object of its own (« C'est le maire
qui a annoncé la fermeture »: who did something, not who said the sentence before). Read for
``relative``, which says which inverted reading a verb stands in (out of it since tidy38)."""

from __future__ import annotations

import re

from quizapp.draft.clause.objects.readings import infinitive_of_a_verb
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.shapes.detect.view import (
    Draft,
    SentenceView,
    has_quote,
    relay_window,
    strip_span,
    words_before,
)
from quizapp.draft.text.segment import Span, words_in
from quizapp.draft.words.lexicon import Lexicon, built_once


@built_once
def _cleft_pattern(lex: Lexicon) -> re.Pattern[str]:
    """« c'est X qui » before the verb, maybe with an object clitic (lexicon
    ``indirect_object_clitics``: « qui nous le raconte ») and the clitic of the statement."""
    clitics = lex.one_of("indirect_object_clitics")
    return re.compile(
        r"(?i)\bc['’]est\s+((?:[\w'’.-]+\s+){0,7}?[\w'’.-]+)\s+qui\s+"
        rf"(?:(?:{clitics})\s+)?(?:l['’]|le\s+)?(?:\w+\s+)?$"
    )


def cleft(view: SentenceView, cue: Cue) -> re.Match[str] | None:
    """ "…, c'est le Parisien qui nous le raconte": the name between *c'est* and *qui*."""
    if view.lex.language != "fr" or cue.pronoun is not None:
        return None
    found = _cleft_pattern(view.lex).search(view.text, view.span[0], cue.span[0])
    if found is None:
        return None
    lead = view.text[view.span[0] : found.start()]
    if lead.strip(" ,;") and not re.search(r"[,;]\s*$", lead):
        return None  # the cleft opens the sentence or a clause after a comma
    return found


def cleft_draft(view: SentenceView, cue: Cue, cleft: re.Match[str]) -> Draft | None:
    """What was said is the clause before the comma, or the sentence before; none when the
    verb has an object of its own (:func:`_own_object`)."""
    if _own_object(view, cue):
        return None
    source = (cleft.start(1), cleft.end(1))
    if cleft.start() > view.span[0]:
        content: Span | None = strip_span(view.text, (view.span[0], cleft.start()))
    else:
        content = strip_span(view.text, view.previous) if view.previous else None
    if content is None or words_in(view.text, content) < 3:
        return None
    kind = "mixed" if has_quote(view, content) else "indirect"
    return Draft(content, cue.span, source, kind, None, 0.6, relay_window(view, cue))


def _own_object(view: SentenceView, cue: Cue) -> bool:
    """ "C'est le maire qui a annoncé la fermeture" / "… qui assure l'intérim" / "… qui a
    annoncé vouloir partir": no clitic before the verb takes up the words before (« qui nous
    le raconte »), and the verb's next word opens its own object (a determiner or an
    infinitive). The cleft then tells who did something, not who said the sentence before
    (precision37: four in five of these were no attribution). An object that itself takes
    that sentence up, « cette décision », « la nouvelle » (:func:`_takes_up`), is no object
    of its own (mend37e)."""
    before = words_before(view, cue, 3)
    before = set(before[before.index("qui") + 1 :] if "qui" in before else before)
    if before & view.lex.word_sets("direct_object_clitics", "neuter_object_clitics"):
        return False
    after = view.folded_tokens[cue.last + 1 : cue.last + 3]
    word = after[0] if after else ""
    if _takes_up(view.lex, after):
        return False
    return word in view.lex.word_set("determiners") or infinitive_of_a_verb(view.lex, word)


def _takes_up(lex: Lexicon, after: list[str]) -> bool:
    """The two words after the verb take up the sentence before: a demonstrative
    (« cette décision ») or a determiner and a noun of cleft_taken_up_nouns (« la nouvelle »,
    « l'information »)."""
    if not after or after[0] in lex.word_set("pointing_determiners"):
        return bool(after)
    head = after[1] if len(after) > 1 else ""
    return after[0] in lex.word_set("determiners") and head in lex.word_set("cleft_taken_up_nouns")
