"""English epithets for the person just named (made-up articles, english30): "Retired nurse
Jo Pike bought her flat in 1990. The 68-year-old said: "…"", "The pensioner added…",
"…, the father-of-three said: "…"" take up that person (the one heard last, else the latest
named in the three sentences before); with nobody named before, or a group heard last and
no person named near, the epithet stays a speaker of its own."""

from __future__ import annotations

import pytest

from tests.draft.readings import finding_holding

HEADLINE = "Village fears new homes"


@pytest.mark.parametrize(
    "epithet", ["The 68-year-old", "The pensioner", "The grandmother-of-five", "The widow"]
)
def test_an_epithet_takes_up_the_person_just_named(epithet: str) -> None:
    text = (
        f"{HEADLINE}\n\nResidents have written to the council.\n\nRetired nurse Jo Pike, who "
        f"has lived on the lane for decades, bought her flat in 1990.\n\n{epithet} said: "
        "\u201cThe lane cannot take more cars.\u201d\n"
    )
    assert finding_holding(text, "more cars", "en").speaker == "Jo Pike"


def test_an_epithet_takes_up_the_one_heard_last() -> None:
    text = (
        f"{HEADLINE}\n\nCouncillor Sam Reed won the seat by forty votes.\n\nHe said he would "
        "fight for the bus route.\n\n\u201cThe route is a lifeline.\u201d\n\nAsked about his "
        "two roles, the father-of-three said: \u201cI can do both.\u201d\n"
    )
    assert finding_holding(text, "do both", "en").speaker == "Sam Reed"


def test_an_epithet_with_no_one_named_before_stays_itself() -> None:
    text = (
        f"{HEADLINE}\n\nResidents have written to the council about the lane.\n\nThe "
        "73-year-old said: \u201cThe lane cannot take more cars.\u201d\n"
    )
    assert finding_holding(text, "more cars", "en").speaker == "The 73-year-old"


@pytest.mark.parametrize(
    ("epithet", "expected"),
    [
        ("The south Dover politician", "Jo Pike"),  # words before its noun: still bare
        ("The politician from Leeds", None),  # a complement: not bare, someone else
    ],
)
def test_an_epithet_with_words_before_its_noun(epithet: str, expected: str | None) -> None:
    text = (
        f"{HEADLINE}\n\nResidents have written to the council.\n\nCouncillor Jo Pike raised "
        f"the issue at a meeting.\n\n{epithet} said the lane could not take more cars.\n"
    )
    speaker = finding_holding(text, "more cars", "en").speaker
    assert speaker == expected if expected else speaker != "Jo Pike"
