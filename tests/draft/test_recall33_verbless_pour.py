"""« pour X » closing a judgement with no verb that holds a quotation (recall33): the person
after « pour » holds the judgement; without quotation marks (« Un coup dur pour les
salariés ») the same shape names who undergoes something, and nothing is attributed."""

from __future__ import annotations

from tests.draft.readings import said


def test_a_quoted_judgement_before_pour_is_the_person_s() -> None:
    text = "Le chantier a encore pris du retard. « Une honte » pour la présidente du comité."
    assert said(text, "fr") == [("« Une honte »", "la présidente du comité")]


def test_a_quotation_inside_the_judgement_is_enough() -> None:
    text = "Le bus ne passe plus. Un choix « absurde » pour les élus de la vallée."
    assert said(text, "fr") == [("Un choix « absurde »", "les élus de la vallée")]


def test_a_headline_judgement_after_a_colon() -> None:
    text = "Fermeture de l'usine : « un gâchis » pour le syndicat des ouvriers."
    assert said(text, "fr") == [("« un gâchis »", "le syndicat des ouvriers")]


def test_an_unquoted_judgement_names_who_undergoes_it() -> None:
    text = "L'usine fermera en mai. Un coup dur pour les salariés du site."
    assert said(text, "fr") == []


def test_a_clause_with_a_verb_keeps_pour_as_a_preposition() -> None:
    text = "La mairie construit une « maison » pour les jeunes du quartier."
    assert said(text, "fr") == []
