"""A sentence of narration holding someone's words in quotation marks, with no cue of its own,
right after that someone was heard: « Si neuf personnes « ont réussi à retrouver un travail »,
les autres restent « dans une situation difficile ». », « Par ailleurs, des œuvres sont
toujours à l'intérieur, notamment « des grandes peintures ». » The outlet goes on with the
speaker's account and marks the words it takes from them: a mixed statement of the last
speaker (recall10).

A quoted noun on its own (« des « attestations de retard » », « une « gelée noire » ») names a
thing in someone's words but says nothing; the quotation must be a phrase or a clause, opening
on a function word, a determiner, a hedge or an auxiliary (« probablement qu'en mai », « pour
un montant modeste », « des grandes peintures », « ont réussi à »).
"""

from __future__ import annotations

import re

from quizapp.draft.findings import Attribution, Span
from quizapp.draft.pipeline.attributions import SentenceView
from quizapp.draft.shapes.detect.view import strip_span
from quizapp.draft.text.segment import words_in
from quizapp.draft.words.lexicon import Lexicon, built_once, fold

_FIRST_WORD = re.compile(r"[\w-]+['’]?")

_REACH = 400  # characters from the last attribution's end: the speaker is still the topic


def quoted_in_narration(
    view: SentenceView, new: list[Attribution], earlier: list[Attribution]
) -> list[Attribution]:
    """The sentence as the last speaker's mixed statement, when the sentence just before it
    was attributed, it is no question and no subhead, and it holds a quoted phrase."""
    if new or view.cues or not earlier or view.previous is not None:
        return []
    if view.lex.language != "fr" or not _narrated_sentence(view):
        return []
    last = earlier[-1]
    text = view.text
    if view.span[0] - last.content[1] > _REACH or not _quoted_phrase(view):
        return []
    content = strip_span(text, view.span)
    return [
        Attribution(content, None, None, last.speaker, None, "mixed", last.label, last.via, 0.5)
    ]


def _narrated_sentence(view: SentenceView) -> bool:
    """A statement in a paragraph of prose: not a question, not a subhead (a paragraph that
    ends on no full stop, « Des élèves « en détresse » »)."""
    text = view.text
    if text[view.span[0] : view.span[1]].rstrip(' .»”"')[-1:] == "?":
        return False
    end = text.find("\n", view.span[0])
    paragraph = text[: len(text) if end < 0 else end]
    return paragraph.rstrip(' »”"')[-1:] in {".", "!", "?", "…"}


def _quoted_phrase(view: SentenceView) -> bool:
    """A quotation inside the sentence, of two words or more, that is a phrase or a clause
    rather than a quoted noun, and leaves most of the sentence to the narration."""
    text = view.text
    inside = [q for q in view.quotes if view.span[0] <= q[0] and q[1] <= view.span[1]]
    if sum(q[1] - q[0] for q in inside) >= 0.6 * (view.span[1] - view.span[0]):
        return False  # a quotation standing (nearly) alone: rules/lone_quotes/alone.py
    return any(quoted_phrase(view.lex, text, q) for q in inside)


def quoted_phrase(lex: Lexicon, text: str, quote: Span) -> bool:
    """A quoted phrase or clause: three words or more opening on a word of
    ``_phrase_openers``, or two opening on a determiner or an auxiliary (« plusieurs
    interpellations », « ont réussi »). Two words opening on an adverb or a preposition
    qualify a word of the narration (« une «très forte» fréquentation », « entrés « sans
    autorisation » », « des « non affectés » »): a scare quote, like a quoted noun
    (precision17)."""
    first, count = _first_word(text, quote), words_in(text, quote)
    if count >= 3:
        return first in _phrase_openers(lex)
    return count == 2 and first in _pair_openers(lex)


def _first_word(text: str, quote: Span) -> str:
    found = _FIRST_WORD.search(text[quote[0] + 1 : quote[1]])
    return fold(found.group()) if found else ""


@built_once
def _pair_openers(lex: Lexicon) -> frozenset[str]:
    """The words a two-word quoted phrase opens on: determiners (the lexicon's, the vague
    and counting ones, « plusieurs ») and auxiliaries, folded."""
    keys = ("determiners", "vague_determiners", "anonymous_determiners")
    return frozenset(fold(w) for key in keys for w in lex.raw[key]) | lex.auxiliaries


@built_once
def _phrase_openers(lex: Lexicon) -> frozenset[str]:
    """The words that open a phrase or a clause, not a noun: function words, determiners,
    hedges and auxiliaries, folded (the lexicon writes function words as they open a
    sentence)."""
    words = lex.raw["function_words"] + lex.raw["determiners"] + lex.raw["hedge_words"]
    return frozenset(fold(w) for w in words) | lex.auxiliaries
