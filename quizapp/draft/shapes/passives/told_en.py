"""English passives of telling that name who told: "Residents were told by officers that the
road will reopen", "The town has been informed by the commission that it must lose a seat".

The agent after "by" is the speaker and the clause after "that" what was said. Without "that"
the agent's end is unsure ("was told by the council the banners…"), so it is left. Participles
of lexicon ``told_that_passive_forms`` ("informed", "notified", "assured") report a clause
only after "that", with or without an agent: "was informed of the change" tells no one's
words; "reminded" is none of them ("were reminded that they are not immune": events remind).
"""

from __future__ import annotations

import re

from quizapp.draft.reporting.cues import Cue
from quizapp.draft.shapes.detect.view import (
    Draft,
    SentenceView,
    has_quote,
    relay_window,
    strip_span,
)
from quizapp.draft.text.segment import words_in
from quizapp.draft.words.lexicon import Lexicon, built_once, fold


def told_by_agent(view: SentenceView, index: int) -> Draft | None:
    """The passive participle of telling at ``index`` followed by "by", a short noun phrase
    and "that": the noun phrase speaks the clause after "that" (three words at least). None
    when the noun phrase names no one (lexicon ``not_agent_words``: "by phone", "by email")."""
    text, token = view.text, view.tokens[index]
    found = _agent_then_that(view.lex).match(text, token.end, view.span[1])
    if found is None or fold(found.group(1)).split()[-1] in view.lex.word_set("not_agent_words"):
        return None
    said = strip_span(text, (found.end(), view.span[1]))
    if words_in(text, said) < 3:
        return None
    source = strip_span(text, (found.start(1), found.end(1)))
    kind = "mixed" if has_quote(view, said) else "indirect"
    cue = Cue(index, index, (token.start, token.end), "verb", None)
    return Draft(said, cue.span, source, kind, None, 0.55, relay_window(view, cue))


def tells_only_with_that(view: SentenceView, index: int) -> bool:
    """Whether the participle at ``index`` is one of ``told_that_passive_forms`` with no
    "that" after it (an adverb may stand between): such a passive reports nothing."""
    if fold(view.tokens[index].text) not in view.lex.word_set("told_that_passive_forms"):
        return False
    rest = view.text[view.tokens[index].end : view.span[1]]
    return _THAT_NEXT.match(rest) is None


# "that" right after the participle, past adverbs ("were informed again that")
_THAT_NEXT = re.compile(r"(?:\s+(?:again|also|now|\w+ly))*\s+that\s", re.IGNORECASE)


@built_once
def _agent_then_that(lex: Lexicon) -> re.Pattern[str]:
    """An adverb or none, "by", an agent of one to seven words opening on an article of
    ``agent_articles`` or any word, then "that" (the first one: the agent holds none)."""
    agent = rf"(?:{lex.one_of('agent_articles')}\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){{0,5}}?"
    return re.compile(rf"(?:\s+\w+ly)?\s+by\s+({agent})\s+that\s+", re.IGNORECASE)
