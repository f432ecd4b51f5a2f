"""Findings the round-37 narrowings lost when the object only takes up the sentence before
(made-up sentences, mend37e): « C'est le maire qui a annoncé la nouvelle » gives that sentence
to the mayor like « qui l'a annoncé »; an English passive of confirming or praise keeps its
bare subject ("The figures were confirmed by the council")."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

_BEFORE = "La piscine du quartier rouvrira à la rentrée après des travaux."


def _found(text: str, language: str) -> list[tuple[str, str]]:
    analysis = analyze(text, language)
    return [(text[a.content[0] : a.content[1]], a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("cleft", "speaker"),
    [
        ("C'est l'adjointe aux sports qui a annoncé la nouvelle.", "l'adjointe aux sports"),
        ("C'est le directeur qui a confirmé l'information.", "le directeur"),
        ("C'est la maire qui a annoncé cette décision jeudi.", "la maire"),
    ],
)
def test_a_cleft_object_that_takes_up_the_sentence_before(cleft: str, speaker: str) -> None:
    text = f"{_BEFORE} {cleft}"
    assert _found(text, "fr") == [(_BEFORE[:-1], speaker)]


def test_a_cleft_with_an_object_of_its_own_still_gives_nothing() -> None:
    text = f"{_BEFORE} C'est la maire qui a annoncé la hausse des tarifs."
    assert _found(text, "fr") == []


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        (
            "The new timetable was confirmed by the rail operator.",
            "The new timetable",
            "the rail operator",
        ),
        ("The garden project was welcomed by neighbours.", "The garden project", "neighbours"),
    ],
)
def test_a_passive_of_confirming_or_praise_keeps_its_subject(
    text: str, said: str, speaker: str
) -> None:
    assert _found(text, "en") == [(said, speaker)]
