"""A party's members and a large count, labelled as the keys label them (mend55d, made-up
texts). labels55 made the holders of one office across one place a vague group (« les maires
des Aravis »), but read a party after « les élus de » as that place: « les élus de
Renaissance » are a party's members, named like « les élus du RN ». And it made two people
anonymous (« deux policiers ») by the count's first word alone: « deux mille habitants » are a
group, vague like any larger count."""

from __future__ import annotations

import pytest

from tests.draft.readings import finding_holding

_SAID = "« Nous n'avons pas été consultés », affirment "


@pytest.mark.parametrize(
    "group",
    [
        "les élus de Renaissance",
        "les élus d'Horizons",
        "les sénateurs de Les Républicains",
    ],
)
def test_the_members_of_a_listed_party_are_named(group: str) -> None:
    assert finding_holding(_SAID + group + ".", "pas été consultés").label == "named"


def test_a_count_in_thousands_is_a_vague_group_not_two_people() -> None:
    found = finding_holding(_SAID + "deux mille habitants.", "pas été consultés")
    assert found.label == "vague"


@pytest.mark.parametrize(
    "text",
    [
        _SAID + "deux policiers.",
        _SAID + "les maires des Aravis.",
        _SAID + "Tous les maires de la Dombes.",
    ],
)
def test_two_people_and_an_office_across_a_place_keep_their_labels(text: str) -> None:
    found = finding_holding(text, "pas été consultés")
    assert found.label == ("anonymous" if "deux" in text else "vague")
