"""tidy40: the headline kicker reads its words as the lexicons do (``folding.folded_words``);
one builder, ``lexicon.led_by``, writes the phrases a preposition opens after a cue.

A kicker's first word is compared with the determiners after folding, so an elided article
written with any apostrophe (« Lʼeau », U+02BC) is a determiner first and the part is kept as
a possible claim; its length is still counted in words as written (« l'eau » one word).
Made-up articles only.
"""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from quizapp.draft.clause.inverted_subjects.audience import audience_length
from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.words.lexicon import led_by, load

BODY = (
    "Les habitants du canton se sont réunis samedi devant la mairie, furieux de la hausse.\n\n"
    "« Nous ne pourrons plus payer », a déclaré Marie Lenoir, une habitante.\n\n"
    "Selon le syndicat des eaux, la hausse reste modeste.\n\n"
    "La colère monte dans les villages voisins.\n\n"
    "Le maire, Paul Roux, a promis une réunion publique."
)


def _claims(headline: str) -> list[str]:
    questions = draft_questions(analyze(f"{headline}\n\n{BODY}", "fr"))
    return [item["claim"] for q in questions if q["type"] == "classify" for item in q["items"]]


@pytest.mark.parametrize("apostrophe", ["'", "\u2019", "\u02bc"])
def test_an_elided_determiner_first_keeps_the_part_whatever_its_apostrophe(
    apostrophe: str,
) -> None:
    kept = f"L{apostrophe}eau du canton"
    assert kept in _claims(f"{kept} : les habitants du canton inquiets")


def test_a_kicker_counts_its_words_as_written() -> None:
    claims = _claims("Prix de l'eau à la source : les habitants du canton inquiets")
    assert "Prix de l'eau à la source" not in claims
    assert "les habitants du canton inquiets" in claims


def test_one_builder_reads_a_phrase_a_preposition_opens() -> None:
    """``led_by`` serves the audience after an inverted cue and the place words were read
    in: a preposition of the list, any case, after any spaces, then the caller's rest."""
    lex = load("fr")
    place = led_by(lex, "reading_prepositions", r"\s+(?P<place>\w+)").match("  SUR banderoles")
    assert place is not None and place.group("place") == "banderoles"
    assert led_by(lex, "audience_prepositions", r"\s+\w+").match(" selon lui") is None
    assert audience_length(lex, "devant les députés la fédération") == len("devant les députés")
