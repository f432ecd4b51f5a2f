"""Speakers of French attributions (speakers15 pass, issue 15): the constructions the
fourteenth round's unseen batches got wrong. Made-up sentences, several forms each, and
counter-cases."""

from __future__ import annotations

import pytest

from quizapp.draft.segment import tokens
from tests.draft.readings import speaker_of

_IRISH_NAMES = [
    (
        "La grève continue. « Nous ne céderons pas », a déclaré Michael O'Brien mardi.",
        "Nous ne céderons pas",
        "Michael O'Brien",
    ),
    (
        "Selon Sinead O’Connor, la salle était pleine.",
        "la salle était pleine",
        "Sinead O’Connor",
    ),
    (
        "Le patron du groupe, Kevin O'Neill, estime que les prix vont monter.",
        "les prix vont monter",
        "Kevin O'Neill",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _IRISH_NAMES)
def test_a_name_written_with_o_apostrophe_is_one_word(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


def test_french_elisions_before_a_capital_still_split() -> None:
    words = [t.text for t in tokens("l'Oréal et d'Orange, qu'Olivier", (0, 31), "fr")]
    assert words == ["l'", "Oréal", "et", "d'", "Orange", ",", "qu'", "Olivier"]


_BODY_ANAPHOR_AFTER_A_PEOPLE = [
    (  # a people (« les Français ») met before the company is no body
        "Les Français paieront plus cher. Vinci Autoroutes gère le réseau le plus dense. "
        "« La hausse sera faible », a assuré la société mardi.",
        "La hausse sera faible",
        "Vinci Autoroutes",
    ),
    (  # the field of an office (« aux Transports ») is no body either
        "Acme Logistique gère les entrepôts. Paul Morel, ministre délégué aux Transports, a "
        "parlé. « Les trajets courts sont épargnés », affirme l'entreprise.",
        "Les trajets courts sont épargnés",
        "Acme Logistique",
    ),
    (
        "Les Belges protestent. Selon la société, les tarifs n'ont pas changé.",
        "les tarifs n'ont pas changé",
        "la société",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _BODY_ANAPHOR_AFTER_A_PEOPLE)
def test_a_company_anaphor_takes_up_no_people_and_no_office_field(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


def test_a_company_anaphor_takes_up_no_person_with_a_first_name() -> None:
    text = (
        "Jean Dupont gère le réseau depuis dix ans. « La hausse sera faible », a assuré la "
        "société mardi."
    )
    assert speaker_of(text, "La hausse sera faible") != "Jean Dupont"


_PARTY_IN_BRACKETS = [
    ("D'après le maire (LR) de Conflans, le problème viendrait d'une pompe.", "d'une pompe"),
    ("Le député (PS) de la Somme a affirmé que la loi serait votée.", "la loi serait votée"),
    ("« Nous irons jusqu'au bout », a déclaré la sénatrice (EELV) de Paris.", "jusqu'au bout"),
]


@pytest.mark.parametrize(("text", "content"), _PARTY_IN_BRACKETS)
def test_a_party_in_brackets_after_an_office_is_no_speaker(text: str, content: str) -> None:
    assert speaker_of(text, content) not in ("LR", "PS", "EELV", "")


_PARTY_BESIDE_A_NAME = [
    ("Sarah Constantin (PS) estime que la motion est urgente.", "Sarah Constantin"),
    ("Le maire (LR), Stephen Hervé, explique que la motion est urgente.", "Stephen Hervé"),
]


@pytest.mark.parametrize(("text", "speaker"), _PARTY_BESIDE_A_NAME)
def test_a_name_beside_its_party_still_speaks(text: str, speaker: str) -> None:
    assert speaker_of(text, "la motion est urgente") == speaker


_TRADE_AFTER_ITS_CUE = [
    (
        "Paul Morel, agriculteur à Niort, irrigue ses champs. Il précise que l'eau manque. "
        "« Nous n'avions pas le choix », explique le cultivateur au Figaro.",
        "Nous n'avions pas le choix",
        "Paul Morel",
    ),
    (
        "Anne Roux élève des brebis à Larrau. Elle a dit que le loup était revenu. « Trois "
        "bêtes sont mortes », raconte l'éleveuse.",
        "Trois bêtes sont mortes",
        "Anne Roux",
    ),
    (
        "Marc Petit tient la boulangerie du village. Il affirme que la farine coûte cher. « On "
        "ne tiendra pas l'hiver », avait prévenu le boulanger mardi.",
        "On ne tiendra pas l'hiver",
        "Marc Petit",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _TRADE_AFTER_ITS_CUE)
def test_a_trade_after_its_cue_takes_up_the_person_heard(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


def test_a_trade_of_the_other_gender_is_someone_else() -> None:
    text = (
        "Anne Roux irrigue ses champs. Elle précise que l'eau manque. « Nous n'avions pas le "
        "choix », explique le cultivateur."
    )
    assert speaker_of(text, "Nous n'avions pas le choix") != "Anne Roux"


_TOWN_NAMED_BY_ITS_HALL = [
    (
        "Le musée a été cambriolé, selon un communiqué de la ville. « La vitrine a été brisée », "
        "indique la ville. La mairie de Langres a porté plainte.",
        "La vitrine a été brisée",
    ),
    (
        "« Les trottinettes ont été retirées », a annoncé la ville lundi. La mairie de Nantes "
        "a porté plainte contre l'opérateur.",
        "Les trottinettes ont été retirées",
    ),
]


@pytest.mark.parametrize(("text", "content"), _TOWN_NAMED_BY_ITS_HALL)
def test_the_town_is_its_town_hall_named_later(text: str, content: str) -> None:
    assert speaker_of(text, content).lower().startswith("la mairie de ")


def test_two_town_halls_leave_the_town_as_written() -> None:
    text = (
        "« Les trottinettes ont été retirées », a annoncé la ville lundi. La mairie de Nantes "
        "et la mairie de Rennes ont porté plainte."
    )
    assert speaker_of(text, "Les trottinettes ont été retirées") == "la ville"
