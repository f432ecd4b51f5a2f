"""A word for when an apposition held, between the name's comma and the apposition (made-up
people): « Gabriel Attal, alors ministre de l'Éducation, a annoncé » is said by the name, as
« X, ministre de…, a annoncé » is; before, the name was dropped and the apposition alone
(« ministre de l'Éducation », anonymous) was given as the speaker. A clause opened by
« alors » after a comma keeps its own subject."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _speakers(text: str, language: str = "fr") -> list[str]:
    return [a.speaker for a in analyze(text, language).attributions]


@pytest.mark.parametrize(
    "said",
    [
        "Paul Vernet, alors ministre de l'Éducation, avait annoncé sa volonté de réformer.",
        "Paul Vernet, alors ministre de l'Éducation, a annoncé qu'il réformerait le brevet.",
        "Paul Vernet, désormais maire de Crest, estime que la ville doit payer.",
        "Paul Vernet, aujourd'hui député de la Drôme, affirme que le projet est mort.",
        "Paul Vernet, encore président du club, a déclaré que les comptes étaient sains.",
    ],
)
def test_the_name_speaks_through_a_time_word(said: str) -> None:
    assert _speakers(said) == ["Paul Vernet"]


def test_a_woman_then_in_office() -> None:
    said = "Claire Roux, alors présidente de la région, a jugé que le budget était intenable."
    assert _speakers(said) == ["Claire Roux"]


@pytest.mark.parametrize(
    "said",
    [
        "Jo Pratt, then a senator, said the bill would fail.",
        "Jo Pratt, now head of the agency, said that the plan was sound.",
        "Jo Pratt, formerly the county's treasurer, told reporters that the books were clean.",
    ],
)
def test_english_then_and_now(said: str) -> None:
    assert _speakers(said, "en") == ["Jo Pratt"]


def test_a_clause_after_alors_keeps_its_subject() -> None:
    said = "Le club a perdu à Lyon, alors l'entraîneur a estimé que l'équipe manquait de rythme."
    assert _speakers(said) == ["l'entraîneur"]
