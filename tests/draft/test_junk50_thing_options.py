"""junk50: a speaker cut to a thing, an act, an event or a date (« Un vote », « L'examen
médical », "The appeal", "Wednesday") names no one a student could pick beside people, so
``unfit_options.unspeaking`` keeps it out of the wrong options of "who said this?", the
match's extra choices and a false statement's speaker (lexicon ``unspeaking_thing_nouns``,
``unspeaking_act_nouns``, ``date_words``, ``weekdays``, read through ``unspeaking_head_lists``).
Findings are not touched: a key may give a thing as its speaker."""

import pytest

from quizapp.draft.drafting.unfit_options import unspeaking
from quizapp.draft.words.lexicon import load


@pytest.mark.parametrize(
    "speaker",
    [
        "Un vote",
        "Des projets",
        "L'examen médical",
        "L’examen médical",
        "Une décision inédite",
        "Une crainte",
        "la théorie agronomique",
        "L'initiative",
        "mardi",
    ],
)
def test_french_things_are_no_option(speaker: str) -> None:
    assert unspeaking(speaker, load("fr"))


@pytest.mark.parametrize("speaker", ["The appeal", "An objection", "The cuts", "Wednesday"])
def test_english_things_are_no_option(speaker: str) -> None:
    assert unspeaking(speaker, load("en"))


@pytest.mark.parametrize(
    "speaker",
    ["le maire", "La municipalité", "Le photographe", "Les forains", "Marie Vote", "l'un d'eux"],
)
def test_people_and_bodies_stay_options(speaker: str) -> None:
    assert not unspeaking(speaker, load("fr"))


def test_a_name_after_a_thing_word_stays() -> None:
    """« Le Projet Cœur » as a body's name: a capital on the head keeps it (``head_word``)."""
    assert not unspeaking("Le Projet Cœur", load("fr"))
    assert not unspeaking("The Appeal Court", load("en"))
