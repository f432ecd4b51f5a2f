"""A personal pronoun takes up a person, never a place: a name ending on a place's head
("Tollan Estate", "Brenwick Park") is no person, so "she" after it is still the woman the
sentence named. A head that is also a surname names a person after a first name or a title
("Ann Park", "Cllr Hall"); two places with the same head stay two. Made-up sentences
(pronoun28)."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from quizapp.draft.lexicon import load
from quizapp.draft.speakers.namesakes import place_named


def _speakers(text: str) -> list[str | None]:
    return [a.speaker for a in analyze(text, "en").attributions]


@pytest.mark.parametrize(
    "place", ["Brenwick Park", "Tollan Estate", "Marrow Green", "Upper Fenby Estate"]
)
def test_she_after_a_place_before_the_woman_is_the_woman(place: str) -> None:
    text = (
        f"{place} tenant Rosa Penhallow has waited three years for repairs. "
        "She said: “Nobody tells us anything about the works.”"
    )
    speakers = _speakers(text)
    assert speakers and all(s and "Penhallow" in s for s in speakers), speakers


def test_he_after_a_place_before_the_man_is_the_man() -> None:
    text = (
        "Brenwick Park resident Colm Ferrity spoke at the meeting. "
        "He said the paths had been left to crumble."
    )
    speakers = _speakers(text)
    assert speakers and all(s and "Ferrity" in s for s in speakers), speakers


def test_she_after_a_place_met_later_stays_the_woman() -> None:
    text = (
        "Councillor Helen Marsby faced angry tenants at Tollan Estate on Monday. "
        "Afterwards she said she would look again at the plans."
    )
    speakers = _speakers(text)
    assert speakers and all(s and "Marsby" in s for s in speakers), speakers


def test_a_first_name_or_a_title_before_the_head_is_a_person() -> None:
    english = load("en")
    assert place_named(["Brenwick", "Park"], english)
    assert place_named(["Tollan", "Estate"], english)
    assert not place_named(["Ann", "Park"], english)
    assert not place_named(["Cllr", "Hall"], english)
    assert not place_named(["Park"], english)


def test_a_person_with_a_surname_head_still_speaks() -> None:
    text = "Ann Park chaired the meeting. She said the hall would reopen in spring."
    speakers = _speakers(text)
    assert speakers and all(s and "Ann Park" in s for s in speakers), speakers


def test_two_places_with_one_head_stay_two() -> None:
    text = (
        "Staff at Weyford General Hospital and at Lanton Hospital walked out. "
        "Weyford Hospital management said the cover was ready."
    )
    speakers = _speakers(text)
    assert speakers and all(s and "Lanton" not in s for s in speakers), speakers
