"""A cue in a relative whose antecedent ends a main clause of its own (made-up sentences):
« Le maire a reçu le préfet qui a affirmé que… » — the speaker is « le préfet », never the
clause « Le maire a reçu le préfet » (that mention, taken as a person, would then stand for
a later « Le maire » / « L'avocate » and give them the wrong statements). A relative after a
phrase with no verb (« Le porte-parole du ministère qui a affirmé ») keeps the whole phrase."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str]]:
    analysis = analyze(text, "fr")
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Le maire a reçu le préfet qui a affirmé que tout allait bien.", "le préfet"),
        ("Le maire critique le préfet qui affirme que tout va bien.", "le préfet"),
        (
            "L'avocate a attaqué le procureur général qui a estimé que tout allait bien.",
            "le procureur général",
        ),
        (
            "Les élus ont interpellé la ministre de la Santé qui a assuré que tout allait bien.",
            "la ministre de la Santé",
        ),
        ("Le maire avait reçu le préfet qui affirmait que tout allait bien.", "le préfet"),
        ("Le maire avait rencontré Paul Martin qui a affirmé que tout allait bien.", "Paul Martin"),
    ],
)
def test_the_antecedent_after_the_main_verb_speaks(sentence: str, speaker: str) -> None:
    [(content, found)] = _found(sentence)
    assert content == "tout allait bien" or content == "tout va bien"
    assert found == speaker


def test_a_later_description_keeps_its_own_person() -> None:
    text = (
        "« Je n'ai jamais vu ça », a relevé Me Yaël Hayat. L'avocate a attaqué le procureur "
        "général qui a réclamé le dossier. L'avocate estime qu'il s'agit d'un meurtre."
    )
    speakers = dict(_found(text))
    assert speakers["il s'agit d'un meurtre"] == "Me Yaël Hayat"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Le porte-parole qui a affirmé que tout allait bien est parti.", "Le porte-parole"),
        (
            "Le porte-parole du ministère qui a affirmé que tout allait bien est parti.",
            "Le porte-parole du ministère",
        ),
    ],
)
def test_a_relative_after_a_phrase_with_no_verb_keeps_the_phrase(
    sentence: str, speaker: str
) -> None:
    [(_, found)] = _found(sentence)
    assert found == speaker
