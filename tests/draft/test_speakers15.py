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
