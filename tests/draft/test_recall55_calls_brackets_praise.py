"""recall55 (made-up sentences): three shapes of reported speech the drafter missed.
A call to someone to show a conduct (« appelle ses collègues à une certaine retenue »,
« invite la municipalité à plus de fermeté »); a bracket holding only « selon X » between a
subject and its predicate, which vouches for the whole sentence; « vanter » with a noun-phrase
object (« a vanté les atouts de la commune »). The guards: a call to an event, figures paired
by two sources."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def found(text: str) -> list[tuple[str, str, str]]:
    """(content, speaker, kind) of every attribution of a French text."""
    analysis = analyze(text, "fr")
    return [(analysis.passage(a.content), a.speaker, a.kind) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "La préfète Anne Morel appelle les automobilistes à la vigilance sur les routes.",
            "les automobilistes à la vigilance sur les routes",
            "Anne Morel",
        ),
        (
            "Le président Marc Petit appelle ses collègues à une certaine retenue dans le débat.",
            "ses collègues à une certaine retenue dans le débat",
            "Marc Petit",
        ),
        (
            "La syndique Léa Roche invite la municipalité à plus de fermeté dans ce dossier.",
            "la municipalité à plus de fermeté dans ce dossier",
            "Léa Roche",
        ),
    ],
)
def test_a_call_to_people_to_show_a_conduct_reports(text: str, content: str, speaker: str) -> None:
    assert found(text) == [(content, speaker, "indirect")]


@pytest.mark.parametrize(
    "text",
    [
        "Le syndicat a appelé les facteurs à la grève générale.",
        "Le maire Paul Roux invite les habitants à une réunion publique jeudi.",
    ],
)
def test_a_call_to_an_event_is_no_conduct(text: str) -> None:
    assert found(text) == []


def test_a_lone_source_in_brackets_vouches_for_the_whole_sentence() -> None:
    text = "Plus de 300 personnes (selon les organisateurs) ont défilé samedi dans le centre."
    assert found(text) == [
        (
            "Plus de 300 personnes (selon les organisateurs) ont défilé samedi dans le centre",
            "les organisateurs",
            "according_to",
        )
    ]


def test_two_sources_in_brackets_keep_their_own_figures() -> None:
    text = "Entre 800 (selon la police) et 1.200 (selon les syndicats) salariés ont défilé."
    pairs = [(content, speaker) for content, speaker, _ in found(text)]
    assert ("1.200", "les syndicats") in pairs
    assert not any("défilé" in content for content, _ in pairs)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Le maire Paul Roux a vanté les atouts de la commune lors des vœux.",
            "les atouts de la commune lors des vœux",
        ),
        (
            "La députée Claire Morel s'est vantée d'avoir obtenu les crédits du collège.",
            "d'avoir obtenu les crédits du collège",
        ),
    ],
)
def test_praise_with_a_noun_phrase_object_reports(text: str, content: str) -> None:
    ((said, _, kind),) = found(text)
    assert (said, kind) == (content, "indirect")
