"""Forecasts and hurried denials, seen missed on French articles: « s'attendre à ce que » and
« tabler sur » (an institution's expectation is its statement), and a reflexive verb of haste
before the infinitive of a reporting verb (« on s'est empressé de nier… », « s'empresse de
démentir »), and other verbs before the infinitive of a reporting verb (« qui continuent de
réclamer… », « certains allant même jusqu'à demander… », « est allé jusqu'à demander », whose
« est » is no part of the subject). One short made-up case each and the counter-cases that must
stay silent."""

from __future__ import annotations

from quizapp.draft import Analysis, analyze


def found(analysis: Analysis) -> list[tuple[str, str]]:
    """(content, speaker) of every attribution."""
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


def test_an_expectation_with_a_clause() -> None:
    text = "La Banque de France s'attend à ce que les prix baissent au printemps."
    assert found(analyze(text, "fr")) == [("les prix baissent au printemps", "Banque de France")]


def test_a_negated_expectation_reports_nothing() -> None:
    text = "La Banque de France ne s'attendait pas à une telle baisse des prix."
    assert found(analyze(text, "fr")) == []


def test_a_forecast_with_tabler_sur() -> None:
    text = "L'institut table sur une croissance de 1,2 % cette année."
    assert [c for c, _ in found(analyze(text, "fr"))] == ["sur une croissance de 1,2 % cette année"]


def test_a_table_is_no_forecast() -> None:
    for text in (
        "Les élus se sont assis à la table du conseil municipal.",
        "La table ronde sur le climat aura lieu mardi.",
    ):
        assert found(analyze(text, "fr")) == [], text


def test_a_hurried_denial_by_an_impersonal_voice() -> None:
    text = "Côté français, on s'est empressé de nier avoir été prévenu de la visite."
    assert found(analyze(text, "fr")) == [("avoir été prévenu de la visite", "on")]


def test_a_hurried_denial_in_the_present() -> None:
    text = "Le club s'empresse de démentir la rumeur d'un départ de son entraîneur."
    assert found(analyze(text, "fr")) == [("la rumeur d'un départ de son entraîneur", "Le club")]


def test_a_hurried_act_is_no_statement() -> None:
    text = "Le joueur s'est empressé de rentrer chez lui après le match."
    assert found(analyze(text, "fr")) == []


def test_continuing_to_say_is_saying() -> None:
    text = "Les riverains, qui continuent de réclamer un mur antibruit, ont écrit au préfet."
    assert found(analyze(text, "fr")) == [("un mur antibruit", "Les riverains")]


def test_going_as_far_as_asking_has_its_own_subject() -> None:
    text = (
        "Les élus craignent une fermeture de la maternité, certains allant même jusqu'à "
        "demander un audit des comptes."
    )
    assert found(analyze(text, "fr")) == [
        ("une fermeture de la maternité", "Les élus"),
        ("un audit des comptes", "certains"),
    ]


def test_the_auxiliary_etre_of_a_modal_is_no_part_of_the_speaker() -> None:
    text = "Le maire Paul Martin est allé jusqu'à demander la démission du préfet."
    assert found(analyze(text, "fr")) == [("la démission du préfet", "Paul Martin")]


def test_continuing_or_going_with_no_reporting_verb_is_no_statement() -> None:
    for text in (
        "La grève continue de paralyser les transports en commun.",
        "Le train est allé jusqu'à Lyon sans s'arrêter en gare.",
        "Les supporters allant au stade ont dû patienter devant les grilles.",
    ):
        assert found(analyze(text, "fr")) == [], text
