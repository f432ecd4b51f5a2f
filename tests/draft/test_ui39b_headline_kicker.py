"""ui39b: a headline's verbless words before its colon are no claim to classify.

ui39's walk asked the student where « Prix du lait » came from, the words a headline put
before its colon to name its topic. A kicker claims nothing; the words after the colon, and a
part before it with a verb of its own, are still offered. Made-up articles only.
"""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import draft_questions

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


def test_a_verbless_kicker_is_not_offered() -> None:
    claims = _claims("Tarif de l'eau : les habitants du canton inquiets")
    assert "Tarif de l'eau" not in claims
    assert "les habitants du canton inquiets" in claims


@pytest.mark.parametrize(
    "kept",
    [
        "Le syndicat augmente ses tarifs",  # a determiner first: maybe a clause
        "Fête de la source annulée",  # a participle: a claim
        "Hausse des tarifs votée hier soir en conseil",  # longer than a kicker
    ],
)
def test_a_part_that_may_claim_something_is_kept(kept: str) -> None:
    assert kept in _claims(f"{kept} : les habitants du canton inquiets")


@pytest.mark.parametrize("apostrophe", ["'", "\u2019", "\u02bc"])
def test_an_elided_determiner_first_keeps_the_part_whatever_its_apostrophe(
    apostrophe: str,
) -> None:
    """tidy40: the kicker's words are folded as the lexicons' (``folding.folded_words``), so
    « Lʼeau » (U+02BC) opens on the determiner « l' » and may be a clause."""
    kept = f"L{apostrophe}eau du canton"
    assert kept in _claims(f"{kept} : les habitants du canton inquiets")


def test_a_kicker_counts_its_words_as_written() -> None:
    """tidy40: « l'eau » is one word of the six a kicker may hold, as ui39b counted them."""
    claims = _claims("Prix de l'eau à la source : les habitants du canton inquiets")
    assert "Prix de l'eau à la source" not in claims
    assert "les habitants du canton inquiets" in claims
