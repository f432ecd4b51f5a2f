"""tidy40: the headline kicker reads its words as the lexicons do (``folding.folded_words``).

A kicker's first word is compared with the determiners after folding, so an elided article
written with any apostrophe (« Lʼeau », U+02BC) is a determiner first and the part is kept as
a possible claim; its length is still counted in words as written (« l'eau » one word).
Made-up articles only.
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
