"""English passives of telling that name who told: "Residents were told by officers that the
road will reopen", "The town has been informed by the commission that it must lose a seat".

The agent after "by" is the speaker and the clause after "that" what was said. Without "that"
the agent's end is unsure ("was told by the council the banners…"), so it is left. Participles
of lexicon ``told_that_passive_forms`` ("informed", "notified", "assured") report a clause
only after "that", with or without an agent: "was informed of the change" tells no one's
words; "reminded" is none of them ("were reminded that they are not immune": events remind).
A means after "by" ("by letter that…") names no one: the clause is told in an impersonal
voice. Nothing is told when the passive is denied ("were not told", "never informed"), says
the outlet's own word to its reader ("Be assured that…", "You can be assured that…"), stands
in a relative clause whose end is unsure ("Residents who were told that the road would close
complained…") or when the agent is a fact, not a teller ("assured by the fact that…", mend58e).
"""

from __future__ import annotations

import re

from quizapp.draft.reporting.cues import Cue
from quizapp.draft.reporting.english_cue_forms.unstated import english_negation
from quizapp.draft.shapes.detect.view import (
    Draft,
    SentenceView,
    has_quote,
    relay_window,
    strip_span,
)
from quizapp.draft.shapes.passives.accused_en import impersonal_draft
from quizapp.draft.text.segment import words_in
from quizapp.draft.words.lexicon import Lexicon, alternation, built_once, fold

# what a passive of telling settles: (its draft or None), or None when the general reading goes on
Told = tuple[Draft | None] | None


def told_passive(view: SentenceView, index: int, be: int) -> Told:
    """The passive of telling whose participle stands at ``index`` and its form of "be" at
    ``be``: a one-tuple of what it says when settled here (nothing when denied, addressed to
    the reader or in a relative clause), None when the general reading of passives goes on."""
    if _unsaid(view, index, be):
        return (None,)
    told = told_by_agent(view, index, be)
    if told is not None or tells_only_with_that(view, index):
        return (told,)
    return None


def told_by_agent(view: SentenceView, index: int, be: int) -> Draft | None:
    """The passive participle of telling at ``index`` followed by "by", a short noun phrase
    and "that": the noun phrase speaks the clause after "that" (three words at least). A
    means (lexicon ``not_agent_words``: "by letter") tells it in an impersonal voice; a fact
    (``not_teller_nouns``: "by the fact that", "by the news that") tells nothing."""
    text, token = view.text, view.tokens[index]
    found = _agent_then_that(view.lex).match(text, token.end, view.span[1])
    if found is None:
        return None
    last = fold(found.group(1)).split()[-1]
    said = strip_span(text, (_past_time(view, found.end()), view.span[1]))
    if words_in(text, said) < 3 or last in view.lex.word_set("not_teller_nouns"):
        return None
    if last in view.lex.word_set("not_agent_words"):
        return impersonal_draft(view, said, be, index)  # "were informed by letter that…"
    source = strip_span(text, (found.start(1), found.end(1)))
    kind = "mixed" if has_quote(view, said) else "indirect"
    cue = Cue(index, index, (token.start, token.end), "verb", None)
    return Draft(said, cue.span, source, kind, None, 0.55, relay_window(view, cue))


def tells_only_with_that(view: SentenceView, index: int) -> bool:
    """Whether the participle at ``index`` is one of ``told_that_passive_forms`` with no
    "that" after it (adverbs of ``told_passive_adverbs`` may stand between): such a passive
    reports nothing."""
    if fold(view.tokens[index].text) not in view.lex.word_set("told_that_passive_forms"):
        return False
    return not told_span(view, index)[1]


def after_that(view: SentenceView, start: int) -> int:
    """Where the clause opened by a "that" at ``start`` begins: past "that" and, when "that" is
    a determiner of a time noun (lexicon ``that_time_nouns``: "told that day the square…"),
    past its noun and a second "that" if any."""
    return _past_time(view, start + re.match(r"that\s+", view.text[start:], re.I).end())


def _past_time(view: SentenceView, start: int) -> int:
    """``start`` past a time noun of ``that_time_nouns`` read after a "that" just before it
    ("that day the square would reopen": the clause opens on "the")."""
    time = _TIME_NOUN.match(view.text, start, view.span[1])
    if time is None or fold(time.group(1)) not in view.lex.word_set("that_time_nouns"):
        return start
    return time.end()


# a word after "that", and a second "that" after it if any
_TIME_NOUN = re.compile(r"(\w+),?\s+(that\s+)?", re.IGNORECASE)


def _unsaid(view: SentenceView, index: int, be: int) -> bool:
    """Whether the passive of telling (form of "be" at ``be``, participle at ``index``) tells
    nothing: a negation of ``negation_words`` between them ("were not told", "never
    informed"), a form of "be" opening the sentence or after a pronoun of
    ``addressed_pronouns`` ("Be assured that…", "You can be assured that…": the outlet speaks
    to its reader), or a relative of ``subject_relatives`` before its auxiliaries ("Residents
    who were told that the road would close complained…": where the clause ends is unsure)."""
    words, lex = view.folded_tokens, view.lex
    lead = be
    while lead > 0 and words[lead - 1] in lex.word_sets("told_auxiliaries", "negation_words"):
        lead -= 1
    if any(english_negation(word, lex) for word in words[lead:index]):
        return True
    if lead == 0 and words[be] == "be":
        return True
    if any(w in lex.word_set("addressed_pronouns") for w in words[max(0, lead - 1) : be]):
        return True
    return lead > 0 and words[lead - 1] in lex.word_set("subject_relatives")


def told_span(view: SentenceView, index: int) -> tuple[int, bool]:
    """Where what a participle of telling with nobody named says begins (past adverbs of
    ``told_passive_adverbs`` and a "that"), and whether a "that" opened it."""
    end = view.tokens[index].end
    adverbs = told_adverbs(view.lex).match(view.text, end, view.span[1])
    start = adverbs.end() if adverbs else end
    if re.match(r"that\s+", view.text[start : view.span[1]], re.IGNORECASE) is None:
        return start, False
    return after_that(view, start), True


@built_once
def told_adverbs(lex: Lexicon) -> re.Pattern[str]:
    """Adverbs between a participle of telling and what was told ("were told instead", "are
    once again being told", "were notified yesterday that"): lexicon ``told_passive_adverbs``
    and words ending as ``adverb_endings``."""
    words = alternation(lex.words("told_passive_adverbs"))
    endings = alternation(lex.words("adverb_endings"))
    return re.compile(rf"(?:\s+(?:{words}|\w+(?:{endings})))*\s+", re.IGNORECASE)


@built_once
def _agent_then_that(lex: Lexicon) -> re.Pattern[str]:
    """An adverb or none, "by", an agent of one to seven words opening on an article of
    ``agent_articles`` or any word, then "that" (the first one: the agent holds none)."""
    agent = rf"(?:{lex.one_of('agent_articles')}\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){{0,5}}?"
    return re.compile(rf"(?:\s+\w+ly)?\s+by\s+({agent})\s+that\s+", re.IGNORECASE)
