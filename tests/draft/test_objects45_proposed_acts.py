"""« proposer » and a listed measure after a definite determiner (objects45, made-up
sentences): « propose la création d'un conseil citoyen » puts a measure forward, a statement,
as « préconise » or « suggère » already read it (over the French corpus the rule adds three
findings, all keyed); an indefinite or possessive object, a noun of no act, and any noun that
is no measure of noun_request_heads (« la location de vélos », « la climatisation dans toutes
les chambres », review45 item 1, mend45a) stay offers and things."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_content


def test_propose_la_creation_reports_the_measure() -> None:
    text = "Paul Martin propose la création d'un conseil citoyen dans chaque quartier."
    assert speaker_content(text) == [
        ("Paul Martin", "la création d'un conseil citoyen dans chaque quartier")
    ]


def test_a_propose_l_installation_reports_the_measure() -> None:
    text = "Le candidat Paul Martin a proposé l'installation d'une tyrolienne au bord du lac."
    assert speaker_content(text) == [
        ("Paul Martin", "l'installation d'une tyrolienne au bord du lac")
    ]


def test_proposent_cette_suppression_reports_the_measure() -> None:
    text = "Les parents d'élèves proposent cette suppression des frais de cantine."
    assert speaker_content(text) == [
        ("Les parents d'élèves", "cette suppression des frais de cantine")
    ]


def test_an_indefinite_object_is_an_offer() -> None:
    assert speaker_content("La direction propose une augmentation moyenne de deux pour cent.") == []


def test_a_noun_of_no_act_is_a_thing() -> None:
    assert speaker_content("Le restaurant du port propose son poisson à la carte tout l'été.") == []


def test_a_service_offered_is_no_measure() -> None:
    assert speaker_content("La commune propose la location de vélos électriques cet été.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Le magasin propose la collection automne-hiver à prix réduits.",
        "Le constructeur propose l'option toit ouvrant pour 900 euros.",
        "Le constructeur propose la motorisation hybride sur ce modèle.",
        "L'hôtel propose la climatisation dans toutes les chambres.",
        "Le club propose la natation aux enfants de six ans.",
        "La pharmacie propose la vaccination contre la grippe sans rendez-vous.",
        "Le forfait propose la totalité des chaînes sportives.",
        "La banque propose la souscription d'un contrat en ligne.",
        "L'agence propose la réalisation de vos travaux.",
        "Le traiteur propose la préparation de vos repas.",
        "Le professeur propose la solution à ses élèves.",
        "La direction lui a proposé la mutation dans une autre usine.",
    ],
)
def test_an_offer_or_a_product_is_no_measure(text: str) -> None:
    """Review45 item 1: a noun of an act that is no listed measure (noun_request_heads) is an
    offer, a product or a service, whatever its ending (mend45a)."""
    assert speaker_content(text) == []


def test_proposent_l_instauration_reports_the_measure() -> None:
    text = "Les élus de l'opposition proposent l'instauration d'une taxe sur les résidences."
    assert speaker_content(text) == [
        ("Les élus de l'opposition", "l'instauration d'une taxe sur les résidences")
    ]
