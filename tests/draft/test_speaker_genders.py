"""Who « il », « elle », "he" and "she" stand for when the narration tells a gender: a first
name the lexicon lists, with or without its accents; a person named only inside a complement
(« le groupe de X ») when nobody else fits; a nameless subject ("The official was asked…")
before a person only named inside a complement of that sentence.

Short made-up cases, none a sentence of the evaluation corpus.
"""

from __future__ import annotations

from tests.draft.readings import speakers


def test_a_first_name_without_its_accent_still_gives_the_gender() -> None:
    text = (
        "Nadia Fontaine et Eric Durand ont visité l'usine de Vierzon. "
        "« C'est un progrès pour la ville », a-t-il affirmé."
    )
    assert speakers(text) == ["Eric Durand"]


def test_a_common_first_name_gives_the_gender_of_a_later_pronoun() -> None:
    text = (
        "Ségolène Marchand et Paul Roux ont présenté le budget. "
        "« Nous tiendrons nos promesses », a-t-elle assuré."
    )
    assert speakers(text) == ["Ségolène Marchand"]


def test_a_person_named_only_in_a_complement_takes_the_pronoun_when_nobody_else_fits() -> None:
    text = (
        "Un texte a été adopté pendant la journée réservée au groupe de Ségolène Marchand. "
        "« C'est historique », s'est-elle réjouie."
    )
    assert speakers(text) == ["Ségolène Marchand"]


def test_a_subject_of_the_other_gender_does_not_take_the_pronoun() -> None:
    """Counter-case: « il » is not the woman who is the subject; the man named goes first."""
    text = "Rachida Benali a reçu Marc Petit à la mairie. « Rien n'est décidé », a-t-il prévenu."
    assert speakers(text) == ["Marc Petit"]


def test_a_nameless_subject_goes_before_a_person_named_in_its_complement() -> None:
    text = (
        "The official was asked about the policy of President Tom Harlow. "
        "“We do not know yet,” he said."
    )
    assert speakers(text, "en") == ["The official"]


def test_a_subject_with_a_name_still_goes_first() -> None:
    """Counter-case: a named subject of the right gender is preferred to the nameless one."""
    text = (
        "The official met Tom Harlow on Monday. Tom Harlow then spoke to reporters. "
        "“We do not know yet,” he said."
    )
    assert speakers(text, "en") == ["Tom Harlow"]
