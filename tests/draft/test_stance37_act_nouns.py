"""« saluer » with a noun of an act or a quality as its object (made-up sentences,
stance37): « a salué la rénovation de la gare » reports what the speaker welcomes, past the
heads the lexicon lists for the verb; people and bodies greeted or thanked (« a salué les
associations », « salue la municipalité voisine ») and other nouns (« salue le drapeau »)
stay greetings."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str]]:
    analysis = analyze(text, "fr")
    return [(text[a.content[0] : a.content[1]], a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "La syndique a salué la rénovation de la gare routière.",
            "la rénovation de la gare routière",
        ),
        (
            "La syndique salue l'amélioration des horaires de bus.",
            "l'amélioration des horaires de bus",
        ),
        (
            "La syndique salue la fiabilité des nouveaux trains régionaux.",
            "la fiabilité des nouveaux trains régionaux",
        ),
    ],
)
def test_a_welcomed_act_is_said(text: str, content: str) -> None:
    assert _found(text) == [(content, "La syndique")]


@pytest.mark.parametrize(
    "text",
    [
        "La syndique a salué les associations du quartier nord.",
        "La syndique salue la municipalité voisine et ses agents.",
        "La syndique a salué le drapeau de la commune voisine.",
        "La syndique a salué la délégation venue de Lyon.",
    ],
)
def test_people_bodies_and_other_nouns_are_greeted(text: str) -> None:
    assert _found(text) == []
