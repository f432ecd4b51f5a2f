"""A cleft whose verb has an object of its own (made-up sentences, precision37): « C'est la
trésorière qui a annoncé la hausse » tells who did something, not who said the sentence before;
« c'est la trésorière qui nous l'a raconté » still gives her the sentence before."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str]]:
    analysis = analyze(text, "fr")
    return [(text[a.content[0] : a.content[1]], a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    "second",
    [
        "C'est la trésorière qui a annoncé la fermeture du bar du club.",
        "C'est la trésorière qui assure l'intérim depuis lundi.",
        "C'est la trésorière qui a annoncé vouloir vendre le local.",
    ],
)
def test_a_cleft_verb_with_its_own_object_reports_nothing(second: str) -> None:
    text = "Le club de tennis ouvrira deux nouveaux courts en avril. " + second
    assert _found(text) == []


def test_a_cleft_verb_taking_up_the_sentence_before_reports_it() -> None:
    text = (
        "Le club de tennis ouvrira deux nouveaux courts en avril. "
        "C'est la trésorière qui nous l'a raconté ce matin."
    )
    assert _found(text) == [
        ("Le club de tennis ouvrira deux nouveaux courts en avril", "la trésorière")
    ]
