"""« perçue / vécu / ressenti comme X par Y » (recall31, made-up sentences): Y judged the
thing to be X, as « qualifiée de X par Y » says (lexicon ``qualifying_participles``). With
no « comme » (« perçues d'un mauvais œil par »), or with no agent, nobody is quoted. Since
bounds48 the content holds the thing judged too, from the clause's subject (the keys hold the
whole judgement as often as X alone, and X alone stays inside it)."""

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
            "Le décret est paru mardi. Sa publication est perçue comme un véritable affront par"
            " les enseignants grévistes.",
            "Sa publication est perçue comme un véritable affront",
            "les enseignants grévistes",
        ),
        (
            "Une lettre anonyme a été retrouvée. Un geste qui avait été vécu comme une menace"
            " par les conseillers municipaux.",
            "Un geste qui avait été vécu comme une menace",
            "les conseillers municipaux",
        ),
    ],
)
def test_judged_as_by_an_agent(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Les annonces ont été perçues d'un mauvais œil par les syndicats.",
        "La chanteuse est perçue comme une star.",
    ],
)
def test_no_comme_or_no_agent_quotes_no_one(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Le séisme a été ressenti par les habitants.",
        "La secousse a été ressentie par les pêcheurs du port de Sète.",
        "Les mesures ont été vécues par les habitants comme une punition.",
    ],
)
def test_felt_or_lived_with_no_comme_after_it_is_no_speech(text: str) -> None:
    """mend31a: a listed participle is no verb of saying; with no « comme » right after it,
    « par X » is who felt or lived the thing, not who said it (review31, item 1)."""
    assert _found(text) == []
