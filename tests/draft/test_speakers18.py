"""Speakers of attributions (speakers18 pass, issue 15), from the seventeenth round's unseen
batches. Made-up sentences, several forms each, and counter-cases."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_of

_RELAY_THEN_SUBJECT = [
    (  # « confie au Quotidien l'édile »: the outlet told, then the inverted subject
        "Le maire de Brenon, Paul Durand, est sous le choc. « Nous avions tout fait pour "
        "le garder », confie au Quotidien l'édile.",
        "Nous avions tout fait pour le garder",
        "Paul Durand",
    ),
    (  # « à » and a name of two words
        "La maire de Rully, Anne Fabre, regrette le départ du médecin. « Le village se vide », "
        "explique à Radio Bleue la maire.",
        "Le village se vide",
        "Anne Fabre",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _RELAY_THEN_SUBJECT)
def test_a_description_after_the_outlet_told_is_no_title_of_the_outlet(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


def test_a_title_set_apart_by_a_comma_after_a_complement_is_still_a_title() -> None:
    text = (
        "Le projet a été présenté à Paul Durand, maire de Brenon. Le maire a affirmé que "
        "les travaux commenceraient en mai."
    )
    assert speaker_of(text, "les travaux commenceraient en mai") == "Paul Durand"
