""" "A spokesperson said … . Jane Smith said …": an office written with an indefinite article
introduces someone new, so the name met as the next sentence's subject is not its holder (an
office with a definite article still is, « Le ministre a démenti… . Oumar X a saisi… »).
Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import speakers


@pytest.mark.parametrize(
    ("text", "office"),
    [
        (
            "A spokesperson said the home would shut in May. Jane Smith said the staff were upset.",
            "A spokesperson",
        ),
        (
            "Acme Care said it would close the site. A spokesman said the costs were too high. "
            "Tom Brown said workers had not been told.",
            "A spokesman",
        ),
        (
            "An official said the bridge was unsafe. Mary Jones said it had been repaired.",
            "An official",
        ),
    ],
)
def test_an_indefinite_office_keeps_its_own_voice(text: str, office: str) -> None:
    found = speakers(text, "en")
    assert office in found
    assert found[-1] != office


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The minister said the bridge was unsafe. John Smith said it had been repaired.", "en"),
        (
            'The council\'s spokesman said the bridge was unsafe. "It will be repaired," said '
            "John Smith.",
            "en",
        ),
        (
            "Le ministre de la Pêche a démenti que le port ferme. Face à la presse, Oumar Guèye "
            "a assuré que tout allait bien.",
            "fr",
        ),
    ],
)
def test_a_definite_office_is_the_name_met_next(text: str, language: str) -> None:
    """Counter-case: a definite or possessed office is someone the article knows, named in
    the next sentence."""
    found = speakers(text, language)
    assert len(found) == 2 and found[0] == found[1]
