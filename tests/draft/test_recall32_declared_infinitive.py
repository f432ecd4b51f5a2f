"""A verb of declaring that reports only in a speech shape, before any bare infinitive
(recall32, made-up sentences): « assure gérer… », « nous a confié vivre… » report what the
subject says of itself (lexicon ``declaring_infinitive_verbs``). A verb of wish before an
infinitive tells an intent, and « précise » before a time word is no infinitive."""

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
            "Le syndicat des pêcheurs assure surveiller la baie chaque nuit.",
            "surveiller la baie chaque nuit",
            "Le syndicat des pêcheurs",
        ),
        (
            "Une voisine du stade nous a confié dormir très mal depuis des mois.",
            "dormir très mal depuis des mois",
            "Une voisine du stade",
        ),
        (
            "Le gérant du camping assure désormais accueillir les familles sans frais.",
            "désormais accueillir les familles sans frais",
            "Le gérant du camping",
        ),
    ],
)
def test_a_declaring_verb_before_an_infinitive_reports(
    text: str, content: str, speaker: str
) -> None:
    assert (content, speaker) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "La communauté de communes souhaite racheter le terrain de la gare.",
        "Le conseiller assure hier la permanence du marché.",
    ],
)
def test_a_wish_or_a_lookalike_reports_nothing(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre a ajouté quatre millions au budget.",
        "Le chef ajoute sucre et beurre à la pâte.",
    ],
)
def test_a_noun_or_a_number_in_re_is_no_infinitive(text: str) -> None:
    """review32: an unknown word in -re after « ajouter » is a noun or a number as often."""
    assert _found(text) == []


def test_a_known_verb_in_re_is_still_an_infinitive() -> None:
    text = "La gardienne du refuge nous a confié vivre seule depuis vingt ans."
    assert ("vivre seule depuis vingt ans", "La gardienne du refuge") in _found(text)
