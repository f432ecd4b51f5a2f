"""The narrative infinitive opened by « Mais » (made-up sentences, narrinf37): « Mais le
collège de rappeler que… » gives the words to the subject before « de », as « Et » does;
« Mais force est de constater que… » has a verb before « de » and stays no cue."""

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
            "Le maire Paul Durand a présenté le budget. "
            "Mais le collège de rappeler que les travaux dureront deux ans.",
            "les travaux dureront deux ans",
            "le collège",
        ),
        (
            "La directrice Anne Roy a visité la ferme. "
            "Mais tous d'assurer : « La récolte sera bonne cette année. »",
            "La récolte sera bonne cette année.",
            "tous",
        ),
    ],
)
def test_the_subject_after_mais_speaks(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in _found(text)


def test_a_verb_before_de_makes_no_narrative_infinitive() -> None:
    text = "Le maire a parlé. Mais force est de constater que les familles sont seules."
    assert _found(text) == []
