"""A pronoun with no one before it, as when an excerpt or a lede opens on « "…", a-t-elle
confié »: the reader waits for the next sentences to name her. Made-up sentences."""

from __future__ import annotations

from tests.draft.readings import speakers

_OPENING = "« Je ne pensais pas gagner un jour », a-t-elle confié. "


def test_the_pronoun_is_named_by_the_person_who_then_speaks() -> None:
    text = _OPENING + "« Ce titre est à nous », a déclaré la gagnante du concours, Marie Dupont."
    assert speakers(text) == ["Marie Dupont", "Marie Dupont"]


def test_the_pronoun_is_the_next_subject_of_its_gender() -> None:
    text = _OPENING + "Marie Dupont, 45 ans, a remporté le concours de pâtisserie dimanche."
    assert speakers(text) == ["Marie Dupont"]


def test_someone_of_the_other_gender_or_only_mentioned_names_no_one() -> None:
    text = _OPENING + "Jean Dupont, son entraîneur, a salué sa victoire."
    assert speakers(text) == ["elle"]
    text = _OPENING + "Le jury a récompensé le travail de Marie Dupont, primée dimanche."
    assert speakers(text) == ["elle"]


def test_an_english_opening_he_said() -> None:
    text = '"We never thought we would win," he said. John Smith, 45, won the contest on Sunday.'
    assert speakers(text, "en") == ["John Smith"]
