"""A pronoun whose cue says whom the words are said to (« Il a également indiqué à Paul
Martin que… »): the one spoken to is not the one speaking, though he spoke last (teacher16:
the prefect's letter to the deputy mayor was given to the deputy mayor)."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_of

OPENING = (
    "Titre\n\n« Nous tiendrons », affirme Paul Martin, le premier adjoint.\n\n"
    "Le préfet Jean Roux a reçu la lettre du maire. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Il a également indiqué à Paul Martin que le dossier était clos.",
        "Il indique également à M. Martin que le dossier est clos.",
        "Il avait également écrit au premier adjoint Paul Martin que le dossier était clos.",
        "Il a encore précisé à Paul Martin « que le dossier est clos ».",
    ],
)
def test_the_one_spoken_to_is_not_the_speaker(sentence: str) -> None:
    text = OPENING + sentence
    assert speaker_of(text, "le dossier", "fr") == "Jean Roux"


@pytest.mark.parametrize(
    "sentence",
    [
        "Il a également indiqué que le dossier était clos.",
        "Il a également indiqué à la presse que le dossier était clos.",
    ],
)
def test_a_cue_that_goes_on_without_him_addressed_keeps_the_last_speaker(sentence: str) -> None:
    text = OPENING + sentence
    assert speaker_of(text, "le dossier", "fr") == "Paul Martin"


def test_english_said_to_the_last_speaker() -> None:
    text = (
        "Title\n\n“We will cope,” said Paul Martin, the deputy mayor.\n\n"
        "The prefect John Ross received the mayor's letter. He also said to Mr Martin that "
        "the case was closed."
    )
    assert speaker_of(text, "the case", "en") == "John Ross"
