"""Groups of office holders and a described inhabitant, labelled as the keys label them
(labels55, made-up texts): the holders of one office across a place or a body (« les maires des
Aravis », « l'ensemble des conseillers départementaux du Bas-Rhin ») are a vague group, not the
place, which the drafter had taken for the speaker and called named; opposition members written
elsewhere with their list's name in brackets (« les élus d'opposition crémolane (CpC) ») are
that named list; « un Machecoulais » is one described person, anonymous, though his noun ends in
-s. Mayors of several places named one by one, a list's or a party's members and an
inhabitant counted in the plural keep their labels."""

from __future__ import annotations

import pytest

from tests.draft.readings import finding_holding

_SAID = "« Nous n'avons pas été consultés », affirment "


@pytest.mark.parametrize(
    "text",
    [
        _SAID + "les maires des Aravis.",
        "Les maires de la Dombes ont écrit au préfet. " + _SAID + "les maires de la Dombes.",
        _SAID + "l'ensemble des conseillers départementaux du Bas-Rhin.",
        _SAID + "les élus municipaux de Lamballe.",
        _SAID + "l'ensemble des élus.",
    ],
)
def test_the_holders_of_an_office_across_one_place_are_a_vague_group(text: str) -> None:
    found = finding_holding(text, "pas été consultés")
    assert found.label == "vague"
    assert found.speaker is not None and found.speaker.split()[0].islower()


@pytest.mark.parametrize(
    "text",
    [
        # each of several places has its own mayor, whom the reader can name
        _SAID + "les maires de Huningue et de Weil am Rhein.",
        # a list's members (grouplabel48) and a party's
        _SAID + "les élus de la liste Lamballe Demain.",
        _SAID + "les élus du RN.",
    ],
)
def test_other_groups_of_office_holders_stay_named(text: str) -> None:
    assert finding_holding(text, "pas été consultés").label == "named"


def test_opposition_members_given_their_list_in_brackets_are_named() -> None:
    text = (
        "Les élus d'opposition crémolane (CpC) ont écrit au préfet. "
        "« Nous demanderons le report du vote », ont prévenu les élus d'opposition."
    )
    assert finding_holding(text, "report du vote").label == "named"


def test_opposition_members_with_no_name_anywhere_stay_vague() -> None:
    text = (
        "Le budget a été voté. « Nous demanderons le report », ont prévenu les élus d'opposition."
    )
    assert finding_holding(text, "report").label == "vague"


@pytest.mark.parametrize("who", ["un Machecoulais", "un Lyonnais", "un Marseillais"])
def test_one_inhabitant_is_a_described_person(who: str) -> None:
    text = f"« On ne comprend plus rien à ce projet », lâche {who}."
    assert finding_holding(text, "comprend plus rien").label == "anonymous"


def test_inhabitants_in_the_plural_stay_a_group() -> None:
    text = "« On ne comprend plus rien à ce projet », lâchent des Machecoulais."
    assert finding_holding(text, "comprend plus rien").label == "vague"


@pytest.mark.parametrize("people", ["les Mauriacois", "les Hazebrouckois", "les Américains"])
def test_a_people_written_with_its_capital_is_a_vague_group(people: str) -> None:
    text = f"« Le centre-ville se meurt », regrettent {people}."
    found = finding_holding(text, "centre-ville se meurt")
    assert found.label == "vague"
    assert found.speaker is not None and found.speaker.split()[0].lower() == "les"


def test_a_party_written_as_a_people_stays_named() -> None:
    text = "« Le centre-ville se meurt », regrettent Les Républicains."
    assert finding_holding(text, "centre-ville se meurt").label == "named"


@pytest.mark.parametrize("pair", ["deux manifestantes", "deux experts", "deux retraités"])
def test_two_people_counted_are_described_individuals(pair: str) -> None:
    text = f"« On est là parce que ça ne peut plus durer », expliquent {pair}."
    assert finding_holding(text, "ne peut plus durer").label == "anonymous"


@pytest.mark.parametrize("group", ["sept manifestantes", "deux syndicats"])
def test_a_larger_count_or_two_bodies_stay_a_group(group: str) -> None:
    text = f"« On est là parce que ça ne peut plus durer », expliquent {group}."
    assert finding_holding(text, "ne peut plus durer").label == "vague"
