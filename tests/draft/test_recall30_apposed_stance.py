"""An adjective of conviction set after a comma, then « que » (recall30, made-up sentences):
« …, convaincue que… », « …, a-t-elle ajouté, persuadée que… » (lexicon
``apposed_stance_adjectives``) is the stance of the sentence's subject on the clause after it,
as « estimant que » is. A copula before it stays the stance cue it was (« Ils sont convaincus
que… »); with no « que » after it (« …, convaincu de son bon droit ») it reports nothing."""

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
            "L'association des riverains a appelé ses membres à se rassembler samedi devant la"
            " gare, convaincue que la fermeture du guichet n'est qu'un début.",
            "la fermeture du guichet n'est qu'un début",
            "L'association des riverains",
        ),
        (
            "Le maire de Vireville a signé l'arrêté mardi, persuadé qu'il sera suivi par les"
            " communes voisines.",
            "il sera suivi par les communes voisines",
            "Le maire de Vireville",
        ),
        (
            "Jeanne Morvan a rappelé les délais. L'affaire aura une suite judiciaire, a-t-elle"
            " ajouté, convaincue que des recours seront déposés.",
            "des recours seront déposés",
            "Jeanne Morvan",
        ),
    ],
)
def test_the_subject_s_conviction(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in _found(text)


def test_no_que_after_it_reports_nothing() -> None:
    text = "Le maire de Vireville a signé l'arrêté mardi, convaincu de son bon droit."
    assert _found(text) == []


def test_a_copula_before_it_stays_the_stance_cue_it_was() -> None:
    text = "Les riverains sont convaincus que la fermeture du guichet n'est qu'un début."
    assert _found(text) == [("la fermeture du guichet n'est qu'un début", "Les riverains")]
