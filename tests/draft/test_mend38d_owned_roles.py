"""Mended after review (mend38d): a group before an owned role stays a vague group, a name
after a body's acronym keeps its own name, and one body written two ways is one speaker
(made-up sentences)."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str]]:
    return [(a.speaker, a.label) for a in analyze(text, "en").attributions]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Residents, Dunmore Council's tenants, said the rent was fair.",
            "Dunmore Council's tenants",
        ),
        (
            "Campaigners, Dunmore Borough Council's fiercest critics, said the rent was unfair.",
            "Dunmore Borough Council's fiercest critics",
        ),
        (
            "Parents, Dunmore Borough Council's (DBC) critics, said the rent was unfair.",
            "Dunmore Borough Council's (DBC) critics",
        ),
    ],
)
def test_a_group_before_an_owned_role_stays_vague(text: str, speaker: str) -> None:
    assert _found("Rents went up.\n\n" + text) == [(speaker, "vague")]


def test_a_name_after_the_acronym_is_who_speaks() -> None:
    text = "Rents went up.\n\nDunmore City Council's (DCC) Ann Hale said the rise was fair."
    assert _found(text) == [("Ann Hale", "named")]


def test_a_role_after_the_acronym_still_takes_its_owner() -> None:
    text = (
        "Rents went up.\n\nAnn Hale, Dunmore Borough Council's (DBC) cabinet member for "
        "housing, said the rise was fair."
    )
    assert _found(text) == [("Ann Hale", "named")]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Bexton and Hove City Council", "Bexton & Hove City Council"),
        ("Dunmore City Council", "Dunmore-upon-Wear City Council"),
        ("Dunmore Borough Council", "Dunmore’s Borough Council"),
        ("The Metropolitan Police", "The Met Police"),
    ],
)
def test_one_body_written_two_ways_is_one_speaker(first: str, second: str) -> None:
    text = f"{first} said the road would close.\n\n{second} said it would reopen in May."
    assert len({speaker for speaker, _ in _found(text)}) == 1


def test_two_councils_of_one_town_are_still_two() -> None:
    text = (
        "Dunmore City Council said the road would close.\n\n"
        "Dunmore County Council said it would reopen in May."
    )
    assert len({speaker for speaker, _ in _found(text)}) == 2
