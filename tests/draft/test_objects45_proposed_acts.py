"""« proposer » and a noun of an act after a definite determiner (objects45, made-up
sentences): « propose la création d'un conseil citoyen » puts a measure forward, a statement,
as « préconise » or « suggère » already read it (over the French corpus the rule adds three
findings, all keyed); an indefinite or possessive object, a noun of no act, and a service or
an event offered (« la location de vélos ») stay offers and things."""

from __future__ import annotations

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str]]:
    """(speaker, content) of each attribution found in ``text``."""
    return [
        (a.speaker, text[a.content[0] : a.content[1]]) for a in analyze(text, "fr").attributions
    ]


def test_propose_la_creation_reports_the_measure() -> None:
    text = "Paul Martin propose la création d'un conseil citoyen dans chaque quartier."
    assert _found(text) == [
        ("Paul Martin", "la création d'un conseil citoyen dans chaque quartier")
    ]


def test_a_propose_l_installation_reports_the_measure() -> None:
    text = "Le candidat Paul Martin a proposé l'installation d'une tyrolienne au bord du lac."
    assert _found(text) == [("Paul Martin", "l'installation d'une tyrolienne au bord du lac")]


def test_proposent_cette_suppression_reports_the_measure() -> None:
    text = "Les parents d'élèves proposent cette suppression des frais de cantine."
    assert _found(text) == [("Les parents d'élèves", "cette suppression des frais de cantine")]


def test_an_indefinite_object_is_an_offer() -> None:
    assert _found("La direction propose une augmentation moyenne de deux pour cent.") == []


def test_a_noun_of_no_act_is_a_thing() -> None:
    assert _found("Le restaurant du port propose son poisson à la carte tout l'été.") == []


def test_a_service_offered_is_no_measure() -> None:
    assert _found("La commune propose la location de vélos électriques cet été.") == []
