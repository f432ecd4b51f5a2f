"""sanity24: plain bugs seen on fresh articles, on made-up sentences.

A French imperfect whose stem ends in r (« préparaient », « ouvrait », « figuraient »,
« gérait ») is no conditional: the outlet tells the past, it does not guess.
"""

import pytest

from quizapp.draft import analyze
from quizapp.draft.claims import conditional_form
from quizapp.draft.lexicon import load


@pytest.mark.parametrize(
    "word",
    ["déclarait", "enregistraient", "ouvraient", "figuraient", "rencontrait", "gérait", "offrait"],
)
def test_an_imperfect_on_a_stem_in_r_is_no_conditional(word: str) -> None:
    assert not conditional_form(word, load("fr"))


@pytest.mark.parametrize(
    "word",
    ["donnerait", "pourrait", "viendraient", "mettrait", "devrait", "aurait", "finiraient"],
)
def test_a_conditional_stays_one(word: str) -> None:
    assert conditional_form(word, load("fr"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Les bénévoles préparaient les stands depuis l'aube.",
        "Le musée ouvrait ses portes à neuf heures chaque matin.",
        "Trois noms figuraient sur la liste des lauréats de l'an passé.",
        "Le syndicat gérait la cantine du village depuis vingt ans.",
    ],
)
def test_a_clause_in_the_imperfect_is_a_fact(sentence: str) -> None:
    analysis = analyze(f"{sentence}\n\nLe conseil a voté mardi.", "fr")
    assert [c.label for c in analysis.unattributed] == ["fact", "fact"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Les bénévoles prépareraient les stands depuis l'aube.",
        "Le musée ouvrirait ses portes à neuf heures chaque matin.",
        "Le syndicat gérerait la cantine du village depuis vingt ans.",
    ],
)
def test_a_clause_in_the_conditional_stays_the_outlets_guess(sentence: str) -> None:
    analysis = analyze(f"{sentence}\n\nLe conseil a voté mardi.", "fr")
    assert [c.label for c in analysis.unattributed] == ["author", "fact"]
