"""accuse59 (made-up sentences): the elided object pronoun « l' » between a subject and a verb
form of a cue (« Paul Durand l'accuse d'avoir menti », « X l'avertit que… ») is the verb's
object, not the article of a noun: the subject reports as it does with « les accuse » or
« l'accusent ». The guards: « l' » before a noun or a participle read as a noun (« l'accusé »,
« l'accusation », « l'alerte a été donnée ») stays an article, and the object of « X l'affirme
ce matin » is the thing said before, not the words after the verb."""

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
        ("Paul Durand l'accuse d'avoir menti.", "d'avoir menti", "Paul Durand"),
        (
            "Le syndicat des pilotes l'accuse de vouloir fermer la base.",
            "de vouloir fermer la base",
            "Le syndicat des pilotes",
        ),
        (
            "La voisine Marie Leroux l'avertit que la route sera fermée.",
            "la route sera fermée",
            "Marie Leroux",
        ),
    ],
)
def test_an_elided_object_pronoun_before_the_verb(text: str, content: str, speaker: str) -> None:
    assert found(text) == [(content, speaker, "indirect")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'accusé a nié avoir menti.", [("avoir menti", "L'accusé", "indirect")]),
        (
            "Paul Durand a nié l'accusation d'avoir menti.",
            [("l'accusation d'avoir menti", "Paul Durand", "indirect")],
        ),
        ("Le procès de l'accusé a repris.", []),
        ("La maire revenait de la mairie, quand l'alerte a été donnée.", []),
        (
            "« La piscine rouvrira » : Anne Roux l'affirme ce matin sur la radio locale.",
            [("La piscine rouvrira", "Anne Roux", "direct")],
        ),
    ],
)
def test_an_elided_article_before_a_noun(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected
