"""A headline opening on capitalised words that the article never writes again ("Rail Chaos
hits town"): the capitals open the line, they name no one, and met as a name they were taken
up by a later "the group" (headlines34, made-up sentences). A run the body writes again, or
one that reads as a name by its form, stays a name."""

from __future__ import annotations

from tests.draft.readings import speakers


def test_capitals_opening_a_headline_are_no_body_for_the_group() -> None:
    text = "Rail Chaos hits town\n\nThe group said the plan is too little too late.\n"
    assert "Rail Chaos" not in speakers(text, "en")


def test_a_name_the_body_writes_again_is_kept() -> None:
    text = (
        "Acme to cut 200 jobs\n\nThe maker of garden tools will close its plant. Acme said "
        "the market had shrunk.\n"
    )
    assert speakers(text, "en") == ["Acme"]


def test_a_club_named_in_the_headline_is_taken_up() -> None:
    text = (
        "Remous au FC Brives\n\nUne réunion a eu lieu lundi. Le club estime que la saison doit "
        "reprendre vite.\n"
    )
    assert speakers(text, "fr") == ["FC Brives"]
