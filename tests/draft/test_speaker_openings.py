"""A nameless description after an opening complement is its sentence's subject (« Dans un
entretien publié dimanche, l'ancien ministre de la Santé revient sur… »), so a later « il »
is that person rather than someone only named in a complement (« par le juge X »).

Short made-up cases, none a sentence of the evaluation corpus.
"""

from __future__ import annotations

from tests.draft.readings import speakers


def test_a_description_after_an_opening_complement_is_the_subject() -> None:
    text = (
        "Dans un entretien publié dimanche, l'ancien ministre de la Santé revient sur son "
        "audition par le juge Paul Martin. Il assure qu'il n'a rien caché."
    )
    assert speakers(text) == ["l'ancien ministre de la Santé"]


def test_a_name_after_the_opening_complement_stays_the_subject() -> None:
    """Counter-case: a named subject is found as before."""
    text = (
        "Dans un entretien publié dimanche, Jacques Morel revient sur son audition par le "
        "juge Paul Martin. Il assure qu'il n'a rien caché."
    )
    assert speakers(text) == ["Jacques Morel"]


def test_a_named_subject_before_the_description_keeps_the_pronoun() -> None:
    """Counter-case: the judge is the subject; the minister only a complement."""
    text = "Le juge Paul Martin a entendu l'ancien ministre. Il assure que l'enquête avance."
    assert speakers(text) == ["Paul Martin"]
