"""A one-word surname in apposition to a person's office stays the holder (mend44b, made-up
sentences after the round-44 review): holder44 called a one-word name a place when the word
before it was no title's head, but that word read « maire, » with its comma, the previous
sentence's last word, or « (LR) ». A place is now one whose first mention follows a
preposition or article of a complement (« à l'Elysée », « Saint-Pierre et Miquelon »)."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_of

_AFTER = " Le chantier a pris du retard. Selon le maire, les travaux reprendront en mars."


@pytest.mark.parametrize(
    "opening",
    [
        "Le maire, Marchand, a reçu les riverains mardi.",
        "Marchand, le maire, a reçu les riverains mardi.",
        "Le maire de Bellac, Marchand, a reçu les riverains mardi.",
        "Le maire (LR) Marchand a reçu les riverains mardi.",
    ],
)
def test_a_surname_in_apposition_stays_the_holder(opening: str) -> None:
    """« Le maire, Marchand, », « Marchand, le maire, », « Le maire (LR) Marchand »."""
    text = "Titre\n\n" + opening + _AFTER
    assert speaker_of(text, "travaux reprendront") == "Marchand"
