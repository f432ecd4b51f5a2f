"""A cue written inside the quotation marks (subjects32, made-up sentences): after
suspension points (« … ça ne peut pas durer... soupire Nom, … »), and with a definite title set
before the name by a comma (« …, affirme l'une des membres du collectif X, Nom. … »): the name it
gives speaks, not whoever spoke last."""

from __future__ import annotations

import pytest

from tests.draft.readings import finding_holding

_BEFORE = "« Le budget est bouclé », assure Paul Girard, le maire. "


@pytest.mark.parametrize(
    "quotation",
    [
        "« La salle est trop petite... soupire Lucie Andrieu, mère de deux enfants, on attend "
        "depuis des années. »",
        "« Nous sommes inquiets, affirme l'une des membres du collectif Vivre Ici à Lunel, Lucie "
        "Andrieu. Rien n'a été prévu pour nous. »",
    ],
)
def test_the_incise_inside_gives_the_speaker(quotation: str) -> None:
    """The name the incise gives speaks, not the mayor heard before."""
    text = "Titre\n\n" + _BEFORE + quotation
    assert finding_holding(text, "Lucie").speaker == "Lucie Andrieu"
