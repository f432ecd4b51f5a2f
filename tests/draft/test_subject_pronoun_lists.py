"""The subject pronouns the rules read are the lexicon's, one language's at a time (made-up
sentences): a third-person pronoun between « comme » and a clitic is the inserted verb's
subject (« comme il l'a rappelé »), a first-person one is the outlet's own voice and no
source (« comme nous l'avons écrit »); a pronoun before a colon of certainty takes up the
speaker met before, in French and in English."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _said(text: str, language: str = "fr") -> list[tuple[str, str]]:
    analysis = analyze(text, language)
    return [(text[a.content[0] : a.content[1]], a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    "text",
    [
        "Le maire a parlé mardi. Comme il l'a rappelé, la ville ne paiera pas les travaux.",
        "La ministre a parlé mardi. Comme elle le souligne, la ville ne paiera pas les travaux.",
    ],
)
def test_a_third_person_pronoun_after_comme_speaks(text: str) -> None:
    said = _said(text)
    assert [content for content, _ in said] == ["la ville ne paiera pas les travaux"]
    assert said[0][1] in {"Le maire", "La ministre"}


@pytest.mark.parametrize(
    "text",
    [
        "Le maire a parlé mardi. Comme nous l'avons écrit, la ville ne paiera pas les travaux.",
        "Le maire a parlé mardi. Comme je le disais, la ville ne paiera pas les travaux.",
    ],
)
def test_the_outlet_s_own_voice_after_comme_is_no_source(text: str) -> None:
    assert _said(text) == []


@pytest.mark.parametrize(
    ("text", "language", "content"),
    [
        (
            "Le maire a parlé. Il est formel : « La ville ne paiera pas. »",
            "fr",
            "La ville ne paiera pas.",
        ),
        (
            'The mayor spoke. He was adamant: "The city will not pay."',
            "en",
            "The city will not pay.",
        ),
    ],
)
def test_a_pronoun_before_a_colon_of_certainty_takes_up_the_speaker(
    text: str, language: str, content: str
) -> None:
    assert [c for c, _ in _said(text, language)] == [content]
