"""Forecasts and hurried denials, seen missed on French articles: « s'attendre à ce que » and
« tabler sur » (an institution's expectation is its statement), and a reflexive verb of haste
before the infinitive of a reporting verb (« on s'est empressé de nier… », « s'empresse de
démentir »). One short made-up case each and the counter-cases that must stay silent."""

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
