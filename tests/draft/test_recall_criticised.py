"""An agentless passive of criticism, then « pour / sur » and the critics' own word quoted
(« Le réseau social est régulièrement critiqué pour son aspect "addictif" »): a statement
(recall9c), said by nobody the article names; since speakers30 it has no speaker, as the French
keys give such passives of blame (it was « on »). Without a quotation, or with an agent (the
usual passive), not so."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def found(text: str) -> list[tuple[str, str | None, str]]:
    """(content, speaker, kind) of every attribution of a French text."""
    analysis = analyze(text, "fr")
    return [(analysis.passage(a.content), a.speaker, a.kind) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'Le réseau social est régulièrement critiqué pour son aspect "addictif" pour les '
            "jeunes, et va changer ses règles.",
            'pour son aspect "addictif" pour les jeunes',
        ),
        (
            "Le ministre a été critiqué pour sa « gestion catastrophique » de la crise.",
            "pour sa « gestion catastrophique » de la crise",
        ),
        (
            "Les résultats étaient contestés sur leur « fiabilité » même.",
            "sur leur « fiabilité » même",
        ),
    ],
)
def test_an_agentless_criticism_with_a_quoted_word(text: str, content: str) -> None:
    assert found(text) == [(content, "", "mixed")]


def test_no_quotation_no_statement() -> None:
    assert found("Le ministre est critiqué pour sa gestion de la crise.") == []


def test_with_an_agent_the_passive_reports_as_before() -> None:
    text = "Le ministre est critiqué par l'opposition pour sa « gestion » de la crise."
    assert [s for _, s, _ in found(text)] == ["l'opposition"]
