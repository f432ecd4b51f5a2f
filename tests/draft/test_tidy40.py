"""tidy40: one builder, ``lexicon.led_by``, writes the phrases a preposition opens after a
cue (the audience of an inverted cue, the place words were read in). Made-up words only."""

from __future__ import annotations

from quizapp.draft.clause.inverted_subjects.audience import audience_length
from quizapp.draft.words.lexicon import led_by, load


def test_one_builder_reads_a_phrase_a_preposition_opens() -> None:
    """``led_by`` serves the audience after an inverted cue and the place words were read
    in: a preposition of the list, any case, after any spaces, then the caller's rest."""
    lex = load("fr")
    place = led_by(lex, "reading_prepositions", r"\s+(?P<place>\w+)").match("  SUR banderoles")
    assert place is not None and place.group("place") == "banderoles"
    assert led_by(lex, "audience_prepositions", r"\s+\w+").match(" selon lui") is None
    assert audience_length(lex, "devant les députés la fédération") == len("devant les députés")
