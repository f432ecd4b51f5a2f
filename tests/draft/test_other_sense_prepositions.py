"""French verbs whose other sense, told by the preposition after them, says nothing (made-up
sentences, precision17; lexicon plain_measures, read by objects/readings.measured): « relève
du parcours du combattant » (falls under), « on pense au statut » (thinks of), « s'inquiètent
pour l'avenir » (worry). The same verbs report with an object, « que » or « de »."""

from __future__ import annotations

from quizapp.draft.words.lexicon import load, verb_forms
from tests.draft.readings import said


def test_relever_de_falls_under_and_says_nothing() -> None:
    assert said("Trouver un logement à Lyon relève du parcours du combattant.", "fr") == []


def test_relever_de_la_after_a_selon_keeps_the_selon_alone() -> None:
    text = "Pour le syndicat, la réforme relève de la provocation pure et simple."
    assert said(text, "fr") == [
        ("la réforme relève de la provocation pure et simple", "le syndicat")
    ]


def test_penser_a_thinks_of_and_says_nothing() -> None:
    assert said("Le motif de la rupture ? On pense au statut des médecins.", "fr") == []
    assert said("Le maire pense aux familles qui attendent un logement.", "fr") == []


def test_s_inquieter_pour_worries_and_says_nothing() -> None:
    assert said("Les deux médecins s’inquiètent pour l’avenir de leurs patients.", "fr") == []


def test_the_same_verbs_report_with_an_object_or_que() -> None:
    """Counter-cases: « relève une hausse », « relève que », « pense que », « s'inquiètent
    de » report."""
    assert said("Le rapport relève une hausse de 12 % des actes de vandalisme.", "fr") == [
        ("une hausse de 12 % des actes de vandalisme", "Le rapport")
    ]
    assert said("La Cour des comptes relève que les dépenses ont doublé.", "fr") == [
        ("les dépenses ont doublé", "La Cour des comptes")
    ]
    assert said("Le maire pense que la commune doit agir vite.", "fr") == [
        ("la commune doit agir vite", "Le maire")
    ]
    assert said("Les deux médecins s'inquiètent de l'avenir de leurs patients.", "fr") == [
        ("de l'avenir de leurs patients", "Les deux médecins")
    ]


def test_a_verb_used_only_reflexively_has_its_irregular_forms() -> None:
    """« s'inquiètent »: the lexicon writes the forms of « inquiéter » under
    reflexive_irregular only; verb_forms reads them there too."""
    assert "inquiètent" in verb_forms(load("fr"), "inquiéter")
