"""A party or union right after a person noun qualifies that noun (pronouns36, made-up
sentences): « le maire UDI de Lunel », « la cheffe de groupe PS » are people described by
their party, not the party speaking; « le représentant du PS » (the party after « du »)
and a name after the party (« le délégué CGT Marc Roux ») read as before."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_label


def _said(text: str) -> list[tuple[str, str]]:
    return speaker_label("Titre\n\n" + text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Le maire UDI de Lunel reconnaît que la fermeture était inévitable.",
            "Le maire UDI de Lunel",
        ),
        (
            "La cheffe de groupe PS soulignait que l'opposition avait été oubliée.",
            "La cheffe de groupe PS",
        ),
        ("La députée LFI de la Somme a dénoncé une réforme injuste.", "La députée LFI de la Somme"),
    ],
)
def test_the_party_qualifies_the_person(text: str, speaker: str) -> None:
    """The person, named as a description (label named, as « le maire socialiste »)."""
    assert _said(text) == [(speaker, "named")]


def test_a_union_after_its_delegate_leaves_the_name() -> None:
    """The name after the party is still the speaker's."""
    text = "Le délégué CGT Marc Roux estime que la cadence est intenable."
    assert _said(text) == [("Marc Roux", "named")]


def test_the_party_after_a_preposition_is_its_own_phrase() -> None:
    """« du syndicat CGT »: the union is the complement's body, read as before."""
    text = "Un porte-parole du syndicat CGT de l'usine estime que la cadence est intenable."
    assert _said(text) == [("Un porte-parole du syndicat CGT de l'usine", "named")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Le juge LEROY a estimé que les faits étaient graves.", "LEROY"),
        ("Interrogé, l'avocat ROUX a assuré que son client était innocent.", "ROUX"),
        ("La sénatrice GIRAUD a jugé que le texte était bâclé.", "GIRAUD"),
    ],
)
def test_a_surname_in_capitals_is_no_party(text: str, speaker: str) -> None:
    """A surname in capitals after a person noun is the person's name (mend36e, review36
    item 10): only a listed party or union, or an acronym of two or three capitals, qualifies
    the noun."""
    assert _said(text) == [(speaker, "named")]


def test_a_listed_union_of_four_letters_still_qualifies() -> None:
    """« le délégué CFDT » is a union's delegate: the union list holds it."""
    text = "Le délégué CFDT de l'usine estime que la cadence est intenable."
    assert _said(text) == [("Le délégué CFDT de l'usine", "named")]
