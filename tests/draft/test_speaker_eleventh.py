"""Speakers of the eleventh round (speakers11): constructions that gave wrong speakers on
unseen French articles, in made-up sentences of several forms, each with a counter-case."""

from __future__ import annotations

import pytest

from tests.draft.readings import speakers

_CLOSED = "La Tour Verdane est restée fermée mercredi.\n\n"


@pytest.mark.parametrize(
    ("subject", "cue", "want"),
    [
        ("La Coréenne Yuna Kwon, elle,", "s'étonne-t-elle", "Yuna Kwon"),
        ("La Lyonnaise Maud Ferrand", "a-t-elle confié", "Maud Ferrand"),
        ("L'Italienne Carla Bettini, elle,", "regrette-t-elle", "Carla Bettini"),
        ("Le Marseillais Hugo Castel, lui,", "soupire-t-il", "Hugo Castel"),
        ("L'Européen Marc Dalmas", "assure-t-il", "Marc Dalmas"),
    ],
)
def test_a_demonym_before_a_name_describes_the_person(subject: str, cue: str, want: str) -> None:
    text = _CLOSED + f'{subject} n\'en croit pas ses yeux : "on espérait autre chose", {cue}.'
    assert speakers(text) == [want]


def test_an_outlet_is_no_demonym() -> None:
    text = (
        "Le match a été reporté. Selon Le Républicain Lorrain, la pelouse est impraticable. "
        "Le Parisien Libéré affirme que la décision sera connue lundi."
    )
    assert "Lorrain" in speakers(text)[0]


def test_the_pronoun_without_a_named_subject_takes_up_the_sentence_before() -> None:
    text = (
        "Maud Ferrand est venue de loin.\n\n"
        'La Tour Verdane est fermée. Face à la grille : "quel dommage", s\'étonne-t-elle.'
    )
    assert speakers(text) == ["Maud Ferrand"]
