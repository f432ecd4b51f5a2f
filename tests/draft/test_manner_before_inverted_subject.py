"""A manner or degree adverb with its intensifiers between an inverted cue and its subject
(made-up sentences): « …», a déclaré très brièvement le ministre », « assez sèchement X »,
« un peu plus tard le maire » say how or when, never who: the subject starts after them. A
noun in -ment with its determiner (« précise un document du ministère ») is the subject."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str, str]]:
    analysis = analyze(text, "fr")
    return [
        (analysis.passage(a.content), analysis.passage(a.source) if a.source else "", a.label)
        for a in analysis.attributions
    ]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("« Patience », a déclaré très brièvement le Premier ministre.", "le Premier ministre"),
        ("« Nous verrons », répond assez sèchement Marie Dupont.", "Marie Dupont"),
        (
            "« Rien ne presse », a commenté plutôt sobrement la ministre de la Santé.",
            "la ministre de la Santé",
        ),
        ("« Il reste du travail », ajoutera un peu plus tard le maire.", "le maire"),
        ("Le chantier avance, a assuré fort calmement Paul Martin.", "Paul Martin"),
        (
            "« Soyez patients », a dit si clairement le porte-parole du gouvernement.",
            "le porte-parole du gouvernement",
        ),
    ],
)
def test_the_adverb_is_no_part_of_the_subject(sentence: str, source: str) -> None:
    [(_, found, label)] = _found(sentence + " Il est reparti.")
    assert found == source and label == "named"


def test_a_noun_in_ment_with_its_determiner_is_the_subject() -> None:
    [(_, found, _)] = _found("« Les délais sont tenus », précise un document du ministère.")
    assert found == "un document du ministère"


def test_a_capitalised_first_name_in_ment_is_the_subject() -> None:
    [(_, found, _)] = _found("« Soyez patients », a déclaré Clément Dupont.")
    assert found == "Clément Dupont"
