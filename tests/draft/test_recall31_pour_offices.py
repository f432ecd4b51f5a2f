"""« Pour X, … » with X an office one person holds or a trade (recall31, made-up sentences):
« Pour le bourgmestre, il s'agit de… », « Pour le proviseur, … », « Pour la boulangère, … »
give the view after the comma to X, as « Pour le maire, … » did: the offices of lexicon
``held_offices`` and the trades of ``occupation_nouns`` are words for a person beside
``person_descriptions``. A time, a place or a body after « Pour » stays no one's view."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str | None]]:
    analysis = analyze(text, "fr")
    return [(text[a.content[0] : a.content[1]], a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "La digue a cédé. Pour le bourgmestre, il s'agit d'une conséquence des pluies de"
            " l'hiver.",
            "il s'agit d'une conséquence des pluies de l'hiver",
            "le bourgmestre",
        ),
        (
            "Le lycée ferme. Pour le proviseur, la décision vient trop tard.",
            "la décision vient trop tard",
            "le proviseur",
        ),
        (
            "Le budget est voté. Pour l'échevine, les comptes tiendront jusqu'en juin.",
            "les comptes tiendront jusqu'en juin",
            "l'échevine",
        ),
        (
            "Le pain augmente. Pour la boulangère, le prix de la farine a doublé.",
            "le prix de la farine a doublé",
            "la boulangère",
        ),
    ],
)
def test_an_office_or_a_trade_after_pour_holds_the_view(
    text: str, content: str, speaker: str
) -> None:
    assert (content, speaker) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pour le moment, la route reste fermée.",
        "Pour la commune, le budget tiendra.",
    ],
)
def test_a_time_or_a_body_after_pour_is_no_one(text: str) -> None:
    assert _found(text) == []
