"""heads58: a headline « Prénom Nom : « … » » gives its quotation to the person it names even
when the body calls her only by her office (« le maire »); a town alone before the colon
stays a heading (places57). Made-up texts."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str, language: str) -> list[tuple[str, str, str]]:
    analysis = analyze(text, language, headline=text.partition("\n")[0])
    return [(analysis.passage(a.content), a.speaker, a.label) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Lucie Verlaine : « Le budget est tenu »\n\nLa maire a présenté ses vœux samedi.",
            "Le budget est tenu",
            "Lucie Verlaine",
        ),
        (
            "Marc Olivry : « Le pont sera rouvert »\n\nLe maire a répondu aux questions.",
            "Le pont sera rouvert",
            "Marc Olivry",
        ),
    ],
)
def test_a_person_named_in_the_headline_speaks(text: str, quote: str, speaker: str) -> None:
    assert _found(text, "fr") == [(quote, speaker, "named")]


def test_a_town_before_the_colon_stays_a_heading() -> None:
    text = "Orvannes : « Le pont sera rouvert »\n\nLe maire a répondu aux questions."
    assert _found(text, "fr") == []
