"""Subjects a sentence hands to a noun phrase other than the one before the verb: the turn
to speak given with « à » (« Et à son mari d'ajouter : « … » »), and a relative on a part of
a group, which speaks for the group (« des habitants, dont certains ont affirmé… », "parents,
some of whom said…"). Both read from the lexicon (``dative_turn``, ``dative_turn_nobody``,
``partitive_relative_heads``); kept apart from around_cue's walk back over clauses."""

from __future__ import annotations

import re

from quizapp.draft.cues import Cue
from quizapp.draft.detect.view import SentenceView, strip_span
from quizapp.draft.lexicon import fold
from quizapp.draft.segment import Span


def turn_given_to(view: SentenceView, cue: Cue) -> Span | None:
    """« Et à son mari Teus d'ajouter : « … » », « Au maire X de conclure » : a narrative
    infinitive whose speaker follows « à » at the sentence's start; that noun phrase speaks.
    « À chacun de juger » is an idiom and no one's turn."""
    if view.lex.language != "fr" or not _INFINITIVE_CUE.match(view.text, cue.span[0]):
        return None
    opening = view.text[view.span[0] : cue.span[0]].replace("’", "'")
    turn = _OPENING.fullmatch(opening)
    if turn is None or fold(turn.group("to")) not in view.lex.word_set("dative_turn"):
        return None
    if fold(turn.group("who")) in view.lex.word_set("dative_turn_nobody"):
        return None
    start = view.span[0] + turn.start("who")
    return strip_span(view.text, (start, start + len(turn.group("who"))))


_INFINITIVE_CUE = re.compile(r"d(?:e\s|['’])", re.IGNORECASE)
_OPENING = re.compile(r"\s*(?:[Ee]t\s+)?(?P<to>\w+)\s+(?P<who>[^,:;«»\"]+?)\s*")


def part_of_before(view: SentenceView, segment: str, after_dont: bool) -> bool:
    """ "…, dont certains ont affirmé" (``after_dont``: the segment follows « dont »),
    "…, many of whom said", "…, some of whom called it rushed or said": a relative on a part
    of the noun phrase before it (lexicon ``partitive_relative_heads``)."""
    heads = view.lex.word_set("partitive_relative_heads")
    if view.lex.language == "fr":
        return after_dont and fold(segment) in heads
    found = re.match(r"(.{1,20}?) of whom\b", fold(segment))
    return found is not None and found.group(1) in heads
