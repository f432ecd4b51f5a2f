"""« pour X » closing a judgement with no verb written wholly in quotation marks (recall33): the
person after « pour » holds the judgement; without quotation marks (« Un coup dur pour les
salariés ») or with marks around part of it only (« Une « prime » pour les soignants ») the same
shape names who a measure is for or who undergoes something, and nothing is attributed; nor is
a place after « pour » anybody's judge (mend33b)."""

from __future__ import annotations

from tests.draft.readings import said


def test_a_quoted_judgement_before_pour_is_the_person_s() -> None:
    text = "Le chantier a encore pris du retard. « Une honte » pour la présidente du comité."
    assert said(text, "fr") == [("Une honte", "la présidente du comité")]


def test_a_quotation_inside_the_phrase_names_whom_it_is_for() -> None:
    text = "Le bus ne passe plus. Un choix « absurde » pour les élus de la vallée."
    assert said(text, "fr") == []  # mend33b: recall33 read « les élus » as judges


def test_a_quoted_measure_names_whom_it_is_for() -> None:
    text = "Le chantier a encore pris du retard. Des « mesures d'urgence » pour les riverains."
    assert said(text, "fr") == []


def test_a_quoted_hardship_names_who_goes_through_it() -> None:
    text = "Un « véritable parcours du combattant » pour Paul Dubois, qui attend depuis un an."
    assert said(text, "fr") == []


def test_a_place_after_pour_judges_nothing() -> None:
    text = "Le chantier a encore pris du retard. « Une honte » pour la Guadeloupe."
    assert said(text, "fr") == []


def test_a_person_s_name_after_pour_still_judges() -> None:
    text = "Le chantier a encore pris du retard. « Une honte » pour Paul Dubois."
    assert said(text, "fr") == [("Une honte", "Paul Dubois")]


def test_a_question_mark_is_no_part_of_the_speaker() -> None:
    text = "Le chantier a encore pris du retard. « Une honte » pour la présidente ?"
    assert said(text, "fr") == [("Une honte", "la présidente")]


def test_a_headline_judgement_after_a_colon() -> None:
    text = "Fermeture de l'usine : « un gâchis » pour le syndicat des ouvriers."
    assert said(text, "fr") == [("un gâchis", "le syndicat des ouvriers")]


def test_an_unquoted_judgement_names_who_undergoes_it() -> None:
    text = "L'usine fermera en mai. Un coup dur pour les salariés du site."
    assert said(text, "fr") == []


def test_a_clause_with_a_verb_keeps_pour_as_a_preposition() -> None:
    text = "La mairie construit une « maison » pour les jeunes du quartier."
    assert said(text, "fr") == []
