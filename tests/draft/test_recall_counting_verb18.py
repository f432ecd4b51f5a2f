"""« recenser » reports a count an outlet or a body gives (recall18b, lexicon regular_verbs and
active_only_verbs): « Le site de suivi du trafic, Sytadin, recense une centaine de kilomètres
de bouchons », « …, recense la presse italienne »; the passive (« plus de 10 demandes ont été
recensées par Locservice ») and the participle (« les cas recensés dans l'île ») stay facts."""

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
            "Le site de suivi du trafic, Sytadin, recense une centaine de kilomètres de bouchons.",
            "une centaine de kilomètres de bouchons",
            "Sytadin",
        ),
        (
            "Une trentaine de barques ont rejoint l'île depuis vendredi, recense la presse "
            "italienne.",
            "Une trentaine de barques ont rejoint l'île depuis vendredi",
            "la presse italienne",
        ),
        (
            "L'Insee recensait alors 2,3 millions de chômeurs en métropole.",
            "2,3 millions de chômeurs en métropole",
            "L'Insee",
        ),
    ],
)
def test_a_count_given_reports(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pour une offre, plus de 10 demandes ont été recensées par Locservice.",
        "La commune regroupe la moitié des cas de dengue recensés dans l'île.",
    ],
)
def test_passive_and_participle_stay_facts(text: str) -> None:
    assert found(text) == []
