"""« pour X » set off by commas inside a sentence, X a person or a body (mixed36): « Même si
…, pour lui, C », « Des griefs qui, pour la conseillère, méritent… »: X holds the view the
clause around it states. The same commas around a part of a group (« pour la plupart »), an
indefinite (whom something is for) or a thing say nobody's view."""

from __future__ import annotations

from tests.draft.readings import said, speakers


def test_a_pronoun_set_off_mid_sentence_holds_the_view() -> None:
    text = (
        "Paul Durand habite près de la gare. Même si un radar sera installé, pour lui, "
        "la nouvelle route reste une très mauvaise idée."
    )
    assert said(text, "fr") == [("la nouvelle route reste une très mauvaise idée", "lui")]
    assert speakers(text) == ["Paul Durand"]


def test_a_person_noun_after_a_relative_holds_the_view() -> None:
    text = (
        "Les trottoirs sont abîmés, autant de défauts qui, pour la conseillère, "
        "mériteraient des travaux rapides avant l'hiver."
    )
    assert said(text, "fr") == [
        ("mériteraient des travaux rapides avant l'hiver", "la conseillère")
    ]


def test_part_of_a_group_set_off_holds_no_view() -> None:
    text = "Les sinistrés sont partis en car, puis, pour la plupart, chez des proches."
    assert said(text, "fr") == []


def test_an_indefinite_says_whom_something_is_for() -> None:
    text = "L'école compte 35 élèves par classe, pour une enseignante, dès la rentrée."
    assert said(text, "fr") == []


def test_a_list_of_pour_complements_holds_no_view() -> None:
    text = "Le festival se bat pour son public, pour les bénévoles, pour la ville entière."
    assert said(text, "fr") == []


def test_whom_a_compound_verb_does_something_for_holds_no_view() -> None:
    """mend36c (review36 item 6): after « a prévu, » or « a été servi, » the phrase set off
    says whom the object or the complement is for."""
    for text in (
        "La mairie a prévu, pour les riverains, des bus de nuit gratuits.",
        "Le goûter a été offert, pour les enfants, dans la cour.",
    ):
        assert said(text, "fr") == []
