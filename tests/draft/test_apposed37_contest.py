"""A verb of contesting whose object is a noun of speech followed by « de » (made-up
sentences, apposed37): « réfute les critiques de ses adversaires » is the subject's own
stance on those words, while « rapporte des propos d'une source » still leaves the words
to the source named after « de » (« démentir » is left out: « a démenti les révélations d'un
hebdomadaire » is no statement, test_precision_kinds)."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str]]:
    analysis = analyze(text, "fr")
    return [(text[a.content[0] : a.content[1]], a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Le maire réfute les critiques de ses adversaires.",
            "les critiques de ses adversaires",
            "Le maire",
        ),
        (
            "Le directeur conteste les accusations de l'ancien salarié.",
            "les accusations de l'ancien salarié",
            "Le directeur",
        ),
    ],
)
def test_contested_words_are_the_subjects_stance(text: str, content: str, speaker: str) -> None:
    assert _found(text) == [(content, speaker)]


def test_reported_words_still_wait_for_their_source() -> None:
    assert _found("Le journal rapporte des propos d'une source proche du dossier.") == []
