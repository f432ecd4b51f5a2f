"""« exprimer » with a noun of opposition or displeasure as its object's head reports a stance
(recall18b: « ont exprimé leur opposition à la fermeture », « leur rejet des mesures »,
lexicon restricted_objects), as it did with « son inquiétude »; and the head of a restricted
object may stand in quotation marks, the speaker's own word (« a exprimé son « irritation
sobre et justifiée » »). « a exprimé sa passion pour… » and « s'est exprimé devant… » stay
no statement, and so do a feeling shown (« leur colère », recall11) and « son désaccord avec
la loi que… » (the relative is no clause of the verb's)."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def found(text: str) -> list[tuple[str, str]]:
    """(content, speaker) of every attribution of a French text."""
    analysis = analyze(text, "fr")
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Les syndicats de police ont exprimé leur opposition à la fermeture du commissariat.",
            "leur opposition à la fermeture du commissariat",
            "Les syndicats de police",
        ),
        (
            "Les manifestants ont exprimé leur rejet des mesures annoncées par le gouvernement.",
            "leur rejet des mesures annoncées par le gouvernement",
            "Les manifestants",
        ),
        (
            "Les syndicats ont exprimé leur refus de la réforme des retraites.",
            "leur refus de la réforme des retraites",
            "Les syndicats",
        ),
        (
            "Le préfet a exprimé son « irritation sobre et justifiée » face au silence des élus.",
            "son « irritation sobre et justifiée » face au silence des élus",
            "Le préfet",
        ),
        (
            "La maire a exprimé son « inquiétude » après la décision du tribunal.",
            "son « inquiétude » après la décision du tribunal",
            "La maire",
        ),
    ],
)
def test_stance_noun_object_reports(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le peintre a exprimé sa passion pour les paysages marins.",
        "Le ministre s'est exprimé devant les députés sur la réforme des retraites.",
    ],
)
def test_no_stance_noun_is_no_statement(text: str) -> None:
    assert found(text) == []
