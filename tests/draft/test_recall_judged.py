"""The participle of a verb of judging, an adjective and an agent (« Un geste jugé inacceptable
par Alger », « des mesures jugées trop timides par les syndicats »): the agent's opinion is the
adjective (recall9c). A day or a place after the participle, a verdict (« jugé coupable par le
tribunal ») and a measure (« estimé à deux millions par ») are no opinion. So too a clitic
object before a verb of judging and an adjective after it (« le Tribunal l'a déclarée
discriminatoire », « le ministre l'a jugée inacceptable »)."""

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
        ("Un geste jugé inacceptable par Alger.", "inacceptable", "Alger"),
        ("Une décision jugée injuste par les syndicats.", "injuste", "les syndicats"),
        (
            "Cette mesure a été jugée inacceptable par le ministre.",
            "inacceptable",
            "le ministre",
        ),
        (
            "Ces mesures sont jugées trop timides par les associations.",
            "trop timides",
            "les associations",
        ),
        (
            "La réforme, considérée indispensable par le gouvernement, sera votée en mai.",
            "indispensable",
            "le gouvernement",
        ),
        (
            "Un projet estimé dangereux et inutile par Hélène Vasseur.",
            "dangereux et inutile",
            "Hélène Vasseur",
        ),
    ],
)
def test_a_judging_participle_an_adjective_and_an_agent(
    text: str, content: str, speaker: str
) -> None:
    assert found(text) == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "L'homme a été jugé coupable par le tribunal.",
        "L'homme a été jugé en appel par la cour.",
        "Le coût est estimé à deux millions par la mairie.",
        "Des pratiques jugées abusives persistent.",
    ],
)
def test_a_verdict_a_place_a_measure_or_no_agent_is_no_opinion(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Le Tribunal fédéral l'a déclarée discriminatoire.",
            "discriminatoire",
            "Le Tribunal fédéral",
        ),
        ("Le ministre l'a jugée inacceptable.", "inacceptable", "Le ministre"),
        (
            "Hélène Vasseur l'avait jugée trop timide et inutile.",
            "trop timide et inutile",
            "Hélène Vasseur",
        ),
        ("Les syndicats l'avaient estimée injuste.", "injuste", "Les syndicats"),
        (
            "La décision tombe. Hélène Vasseur, pharmacienne à Lunel, l'a jugée inacceptable.",
            "inacceptable",
            "Hélène Vasseur",
        ),
    ],
)
def test_a_clitic_object_a_judging_verb_and_an_adjective(
    text: str, content: str, speaker: str
) -> None:
    assert found(text) == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Le tribunal l'a jugé coupable.",
        "Le tribunal l'a jugé lundi.",
        "Le maire l'a déclaré ouvert.",
        "Le maire l'a déclaré à la presse.",
    ],
)
def test_a_clitic_before_a_verdict_an_act_a_day_or_a_relay_is_no_opinion(text: str) -> None:
    assert found(text) == []
