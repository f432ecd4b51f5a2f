"""A trade with the place where the person works or lives, « l'agricultrice de Saint-Amour »,
takes up the person just shown, as the bare trade does (names33, made-up sentences). The
complement « de » + a capitalised word made the description look like an office of the place
(« le maire de X »), a speaker of its own, named."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_of

_LEAD = (
    "La sécheresse inquiète\n\nDans sa ferme, Claire Martin voit la terre se fendre chaque été. "
)


@pytest.mark.parametrize(
    "description",
    [
        "l'agricultrice de Saint-Amour",
        "l'agricultrice de Saint-Amour (Jura)",
        "l'éleveuse de Lunel",
    ],
)
def test_a_trade_and_its_place_take_up_the_person_just_shown(description: str) -> None:
    text = _LEAD + f"« Le sol est dur comme de la pierre », constate {description}."
    assert speaker_of(text, "Le sol est dur") == "Claire Martin"


def test_a_trade_and_a_first_name_is_someone_else() -> None:
    """Counter-case, the same on both codes: « de Julie » says whose, not where."""
    text = _LEAD + "« Le sol est dur comme de la pierre », constate la fermière de Julie."
    assert speaker_of(text, "Le sol est dur") != "Claire Martin"
