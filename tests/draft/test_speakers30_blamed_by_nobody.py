"""An agentless passive of blame names nobody (speakers30, made-up sentences): « Le péage est
régulièrement critiqué pour… », « Les engrais sont accusés d'avoir… », « Le manque de moyens
est aussi pointé du doigt »: the finding stays, with no speaker, as the French keys give it.
With an agent (« par les riverains ») or another impersonal passive (« est annoncé »,
« ont été requis »), the speaker stays what it was."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_label


def _found(sentence: str) -> list[tuple[str, str]]:
    return speaker_label(f"Titre\n\n{sentence}")


@pytest.mark.parametrize(
    "sentence",
    [
        "Les engrais azotés sont accusés d'avoir pollué la rivière de Vaux.",
        "Le gérant du camping est soupçonné d'avoir ignoré les alertes de crue.",
        "Le manque de moyens de la brigade est aussi pointé du doigt dans le quartier.",
        'Le nouveau péage est régulièrement critiqué pour son aspect "injuste".',
    ],
)
def test_an_agentless_passive_of_blame_has_no_speaker(sentence: str) -> None:
    assert _found(sentence) == [("", "vague")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Le gérant du camping est accusé par la préfecture d'avoir ignoré les alertes.",
         "la préfecture"),
        ("Le trafic est annoncé normal sur toutes les lignes du réseau.", "on"),
        ("Quatre ans de prison ont été requis contre l'ancien maire de Vaux.", "on"),
    ],
)  # fmt: skip
def test_an_agent_or_another_passive_keeps_its_speaker(sentence: str, speaker: str) -> None:
    """Counter-cases: the agent after « par » speaks; an announcement or a penalty requested
    with no agent is keyed « on », and keeps it."""
    assert [s for s, _ in _found(sentence)] == [speaker]
