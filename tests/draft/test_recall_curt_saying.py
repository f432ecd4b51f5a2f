"""Saying little, in the words news writing uses for it (recall10): « s'est contenté de dire »,
« se borne à rappeler », « s'est limité à dire » (a reflexive modal and the infinitive of a
reporting verb), « a laissé tomber » (only with a quotation, a colon or « que »: « Il a laissé
tomber le projet » says nothing)."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def found(text: str) -> list[tuple[str, str, str]]:
    """(content, cue, speaker) of every attribution of a French text."""
    analysis = analyze(text, "fr")
    return [
        (analysis.passage(a.content), analysis.passage(a.cue) if a.cue else "", a.speaker)
        for a in analysis.attributions
    ]


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "« Bonne journée », s'est contenté de dire André Lamontagne.",
            "Bonne journée",
            "s'est contenté de dire",
            "André Lamontagne",
        ),
        (
            "« Je pars bientôt », se contente de répondre le maire.",
            "Je pars bientôt",
            "se contente de répondre",
            "le maire",
        ),
        (
            "La ministre se borne à rappeler que la loi est claire.",
            "la loi est claire",
            "se borne à rappeler",
            "La ministre",
        ),
        (
            "« Je n'ai rien à ajouter », s'est limitée à dire la ministre Anne Roux.",
            "Je n'ai rien à ajouter",
            "s'est limitée à dire",
            "Anne Roux",
        ),
        (
            "« Je n'ai rien à dire », a laissé tomber à son arrivée la ministre Martine Biron.",
            "Je n'ai rien à dire",
            "a laissé tomber",
            "Martine Biron",
        ),
        ("« C'est fini », laisse-t-elle tomber.", "C'est fini", "laisse-t-elle tomber", "elle"),
        (
            "La ministre a laissé tomber : « Je n'ai rien à dire. »",
            "Je n'ai rien à dire.",
            "a laissé tomber",
            "La ministre",
        ),
    ],
)
def test_saying_little_reports(text: str, content: str, cue: str, speaker: str) -> None:
    assert found(text) == [(content, cue, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Il a laissé tomber le projet en mai.",
        "Le club a laissé tomber ses plaintes contre la mairie.",
        "Le maire s'est contenté de sourire.",
        "La loi limite à deux le nombre de mandats.",
        "Le prix du pétrole tombe à 60 dollars.",
    ],
)
def test_the_same_verbs_with_no_speech_report_nothing(text: str) -> None:
    assert found(text) == []
