"""A personal pronoun takes up a person, never a place: a name ending on a place's head
("Tollan Estate", "Brenwick Park") is no person, so "she" after it is still the woman the
sentence named. A head that is also a surname names a person after a first name or a title
("Ann Park", "Cllr Hall"); two places with the same head stay two. Made-up sentences
(pronoun28)."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from quizapp.draft.speakers.namesakes import place_named
from quizapp.draft.words.lexicon import load


def _speakers(text: str) -> list[str | None]:
    return [a.speaker for a in analyze(text, "en").attributions]


_PLACES = ["Brenwick Park", "Tollan Estate", "Marrow Green", "Upper Fenby Estate"]
_PLACE_BEFORE_WOMAN = (
    "{} tenant Rosa Penhallow has waited three years for repairs. "
    "She said: “Nobody tells us anything about the works.”"
)


@pytest.mark.parametrize(
    ("text", "person"),
    [(_PLACE_BEFORE_WOMAN.format(place), "Penhallow") for place in _PLACES]
    + [
        (
            "Brenwick Park resident Colm Ferrity spoke at the meeting. "
            "He said the paths had been left to crumble.",
            "Ferrity",
        ),
        (
            "Councillor Helen Marsby faced angry tenants at Tollan Estate on Monday. "
            "Afterwards she said she would look again at the plans.",
            "Marsby",
        ),
        (
            "Ann Park chaired the meeting. She said the hall would reopen in spring.",
            "Ann Park",
        ),
    ],
)
def test_a_pronoun_takes_up_the_person_not_the_place(text: str, person: str) -> None:
    """She / he after a place named with a person's words (a place before the name, a place met
    later, a person whose surname is a place word) is the person."""
    speakers = _speakers(text)
    assert speakers and all(s and person in s for s in speakers), speakers


def test_a_first_name_or_a_title_before_the_head_is_a_person() -> None:
    english = load("en")
    assert place_named(["Brenwick", "Park"], english)
    assert place_named(["Tollan", "Estate"], english)
    assert not place_named(["Ann", "Park"], english)
    assert not place_named(["Cllr", "Hall"], english)
    assert not place_named(["Park"], english)


def test_two_places_with_one_head_stay_two() -> None:
    text = (
        "Staff at Weyford General Hospital and at Lanton Hospital walked out. "
        "Weyford Hospital management said the cover was ready."
    )
    speakers = _speakers(text)
    assert speakers and all(s and "Lanton" not in s for s in speakers), speakers
