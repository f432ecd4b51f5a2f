"""noone54: a bare place's name is where, not who. A name the article writes after a
preposition of place (« à Valbourg », "in Hollowbridge", "councillor for Hollowbridge South")
is no speaker: the mention's own words speak when they can ("The report"), else the person a
pronoun takes up; a body named after the place and a person keep speaking. An article alone
(« Une », « L’ », cut from the phrase it opens) cannot speak. Made-up texts."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from quizapp.draft.pipeline.resolve import Registry
from quizapp.draft.speakers.speaker_checks.can_speak import can_speak
from quizapp.draft.speakers.speaker_checks.place_names import place_named
from quizapp.draft.words.lexicon import load

_REPORT = (
    "Parking changes planned for Hollowbridge\n\n"
    "A consultation was held on 12 parking proposals for streets in Hollowbridge.\n\n"
    "The reason was to move visitors to public car parks in Hollowbridge.\n\n"
    "The report said: “There have been 31 objections and two letters of support.”\n"
)

_WARD = (
    "Hollowbridge mayor's anger at skips left in town centre\n\n"
    "Cllr Sam Roe was horrified to see the untidy skips in the square in Hollowbridge town "
    "centre on Friday.\n\n"
    "“This is so unfair to the town,” said Cllr Roe, who is also county councillor for "
    "Hollowbridge South.\n\n"
    "She immediately contacted the county council.\n\n"
    "“When I was there it was so congested with taxis,” said Cllr Roe.\n\n"
    "“We know that skips are needed, but not over a bank holiday weekend,” she said.\n"
)


def _speakers(text: str, language: str = "en") -> list[str]:
    return [f.speaker for f in analyze(text, language).attributions]


def test_a_description_taken_for_a_place_speaks_itself() -> None:
    assert _speakers(_REPORT) == ["The report"]


def test_a_pronoun_taken_for_a_ward_goes_to_the_councillor() -> None:
    assert _speakers(_WARD)[-1] == "Cllr Sam Roe"


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("fr", "Une réunion s'est tenue à Valbourg jeudi.", "Valbourg"),
        ("en", "Litter has spread across Dunmere, a councillor said.", "Dunmere"),
        ("en", "He is councillor for Marsh North.", "Marsh North"),
    ],
)
def test_a_name_after_a_preposition_of_place_is_a_place(
    language: str, text: str, name: str
) -> None:
    assert place_named(name, Registry(text, load(language)), load(language))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Residents in Hollowbridge are angry at Hollowbridge Council.", "Hollowbridge Council"),
        ("Bins were left in Hollowbridge.", "NHS"),  # an acronym names a body
        ("The call came from No10 and staff in No10 agreed.", "No10"),
        ("Dunmere voted. Later, Dunmere Town said no.", "Dunmere"),  # never after a preposition
    ],
)
def test_bodies_and_unplaced_names_are_no_places(text: str, name: str) -> None:
    assert not place_named(name, Registry(text, load("en")), load("en"))


def test_a_person_named_after_for_keeps_speaking() -> None:
    text = (
        "Visit\n\nA spokesman for John Carter said the trip was cancelled.\n\n"
        "“It was a hard choice,” said John Carter.\n"
    )
    assert _speakers(text) == ["John Carter", "John Carter"]


@pytest.mark.parametrize(("language", "word"), [("fr", "Une"), ("fr", "L’"), ("fr", "l'")])
def test_a_lone_article_cannot_speak(language: str, word: str) -> None:
    assert not can_speak(word, load(language))


@pytest.mark.parametrize(("language", "word"), [("en", "Those"), ("fr", "l'un d'eux")])
def test_pronouns_of_a_group_still_speak(language: str, word: str) -> None:
    assert can_speak(word, load(language))
