"""« s'en prendre à X » names whom the subject attacked, not what it said (made-up sentences,
wants38): its object gives no finding, but the cue still gives its subject to a quotation after
a colon and to a participle after it; a quotation it closes keeps its reading."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str]]:
    analysis = analyze(text, "fr")
    return [(text[a.content[0] : a.content[1]], a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    "text",
    [
        "Le député s'en est pris au maire de la ville.",
        "Les éleveurs s'en sont pris ce matin à la préfecture de la Creuse.",
        "La militante s'en prend aux promoteurs du quartier.",
    ],
)
def test_the_target_of_an_attack_reports_nothing(text: str) -> None:
    assert _found(text) == []


def test_the_quotation_after_the_colon_keeps_its_speaker() -> None:
    text = "La ministre s'en prend à la fédération : « Ce manque de sérieux est inacceptable. »"
    assert _found(text) == [("Ce manque de sérieux est inacceptable.", "La ministre")]


def test_a_participle_after_the_target_keeps_its_speaker() -> None:
    text = "Le député s'en est pris au budget de la ville, déclarant que la dette allait exploser."
    assert _found(text) == [("la dette allait exploser", "Le député")]


def test_a_quotation_the_cue_closes_still_reports() -> None:
    text = "« C'est une honte pour tout le quartier », s'en prend le maire."
    assert _found(text) == [("C'est une honte pour tout le quartier", "le maire")]
