"""« saluer » with a noun of a group of people that ends like a noun of an act (mend37d,
review37 item 9): « a salué la population », « la nation », « les générations » greet people
and report nothing; a noun of an act still does (made-up sentences)."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str]]:
    analysis = analyze(text, "fr")
    return [(text[a.content[0] : a.content[1]], a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    "text",
    [
        "Le préfet a salué la population réunie devant la mairie.",
        "La présidente a salué la nation tout entière depuis le balcon.",
        "Le recteur salue les générations futures de bacheliers.",
    ],
)
def test_a_group_of_people_is_greeted(text: str) -> None:
    assert _found(text) == []


def test_an_act_is_still_welcomed() -> None:
    text = "Le préfet a salué la rénovation du pont de la rivière."
    assert _found(text) == [("la rénovation du pont de la rivière", "Le préfet")]
