"""Subjects a sentence hands to a noun phrase other than the one before the verb: the turn
to speak given with « à » (« Et à son mari d'ajouter : « … » »), and a relative on a part of
a group, which speaks for the group (« des habitants, dont certains ont affirmé… », "parents,
some of whom said…"). Both read from the lexicon (``dative_turn``, ``dative_turn_nobody``,
``partitive_relative_heads``); kept apart from around_cue's walk back over clauses."""

from __future__ import annotations

import re

from quizapp.draft.reporting.cue_forms.narrative import dative_turn
from quizapp.draft.reporting.cues import Cue
from quizapp.draft.shapes.detect.view import SentenceView, strip_span
from quizapp.draft.text.segment import Span
from quizapp.draft.words.lexicon import fold


def turn_given_to(view: SentenceView, cue: Cue) -> Span | None:
    """« Et à son mari Teus d'ajouter : « … » », « Au maire X de conclure que » : a narrative
    infinitive whose speaker follows « à » at the sentence's start; that noun phrase speaks,
    as the cue finder read it (cue_forms/narrative.dative_turn: « À chacun de juger » is an
    idiom and no one's turn)."""
    if view.lex.language != "fr" or fold(view.tokens[cue.first].text) not in {"de", "d'"}:
        return None
    words = view.folded_tokens[: cue.first + 5]
    first = dative_turn(words, cue.first, view.lex)
    if first is None:
        return None
    return strip_span(view.text, (view.tokens[first].start, view.tokens[cue.first - 1].end))


def part_of_before(view: SentenceView, segment: str, after_dont: bool) -> bool:
    """ "…, dont certains ont affirmé" (``after_dont``: the segment follows « dont »),
    "…, many of whom said", "…, some of whom called it rushed or said": a relative on a part
    of the noun phrase before it (lexicon ``partitive_relative_heads``)."""
    heads = view.lex.word_set("partitive_relative_heads")
    if view.lex.language == "fr":
        return after_dont and fold(segment) in heads
    found = re.match(r"(.{1,20}?) of whom\b", fold(segment))
    return found is not None and found.group(1) in heads
