"""A sentence that gives the sentence before to its speakers by a noun of what they said
(recall30, made-up sentences): « … C'est le constat fait par des commerçants. », « … C'est du
moins le ressenti des parents, qui … », « « … » C'est le constat (et l'espoir) formulé par
X », « … C'est en tout cas le voeu des bénévoles ». Not « C'est le cas de X » (an example),
nor a noun with no « de » or « par » after it."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str | None, str]]:
    analysis = analyze(text, "fr")
    return [(text[a.content[0] : a.content[1]], a.speaker, a.kind) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "content", "speaker", "kind"),
    [
        (
            "Le marché couvert perd ses clients depuis la rentrée. C'est le constat fait par"
            " des commerçants de la halle.",
            "Le marché couvert perd ses clients depuis la rentrée",
            "des commerçants de la halle",
            "indirect",
        ),
        (
            "Personne n'est venu de la mairie. Un signe d'abandon pour ce hameau ? C'est du"
            " moins le ressenti des parents, qui attendent une réponse.",
            "Un signe d'abandon pour ce hameau",
            "parents",
            "indirect",
        ),
        (
            "« Les deux écoles travaillent enfin ensemble sur la cantine. » C'est le constat"
            " (et l'espoir) formulé par Lucie Fermand, directrice de l'école du port.",
            "Les deux écoles travaillent enfin ensemble sur la cantine.",
            "Lucie Fermand",
            "direct",
        ),
        (
            "Reportée samedi, la brocante pourrait se tenir dimanche. C'est en tout cas le voeu"
            " des bénévoles qui préparent les stands.",
            "Reportée samedi, la brocante pourrait se tenir dimanche",
            "bénévoles",
            "indirect",
        ),
    ],
)
def test_the_sentence_before_is_theirs(text: str, content: str, speaker: str, kind: str) -> None:
    assert (content, speaker, kind) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Plusieurs familles attendent un logement. C'est le cas de Marie, dont le fils est né"
        " en mai.",
        "Le quartier se sent oublié. C'est le message écrit sur une banderole à l'entrée.",
        "Le quartier se sent oublié. C'est l'impression qu'il donne depuis des années.",
    ],
)
def test_an_example_or_a_noun_with_no_speaker_gives_nothing(text: str) -> None:
    assert _found(text) == []
