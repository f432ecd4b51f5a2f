"""A subject set off with its aside before a French verb and its object (recall18b): « Ce
dernier, membre de l'association, dénonce le projet », « Depuis des semaines, les salariés,
qui ont formé un comité, dénoncent la fermeture du site » were read as a clause closed by an
inverted cue whose subject was the object (« le projet »); with no verb before the comma
(relatives set off by commas left out) and no one who could speak after the verb, what comes
before is the subject and what follows the object. A final cue with its speaker after it
keeps its words, even with no verb in them (« Une injustice, et même une triple peine,
estime Reginald »)."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def found(text: str) -> list[tuple[str, str]]:
    """(content, speaker) of every attribution of a French text."""
    analysis = analyze(text, "fr")
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Depuis des semaines, les salariés, qui ont formé un comité, dénoncent la "
            "fermeture du site.",
            "la fermeture du site",
            "les salariés",
        ),
        (
            "La présidente, qui a pris la parole en fin de séance, dénonce le projet de "
            "fusion des deux écoles.",
            "le projet de fusion des deux écoles",
            "La présidente",
        ),
    ],
)
def test_subject_and_aside_then_object(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in found(text)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Une injustice, et même une triple peine, estime Reginald.",
            "Une injustice, et même une triple peine",
            "Reginald",
        ),
        ("Grève de confort, accuse FO.", "Grève de confort", "FO"),
        (
            "Les salaires progressent, constate l'institut statistique.",
            "Les salaires progressent",
            "l'institut statistique",
        ),
        (
            "Les travaux dureront neuf semaines, a détaillé le gestionnaire du tunnel.",
            "Les travaux dureront neuf semaines",
            "le gestionnaire du tunnel",
        ),
    ],
)
def test_final_cue_with_its_speaker_keeps_its_words(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in found(text)


def test_the_object_is_never_the_speaker() -> None:
    text = "Ce dernier, membre de l'association, dénonce le projet depuis des années."
    assert all(speaker != "le projet" for _, speaker in found(text))
