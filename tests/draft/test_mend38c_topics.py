"""The object of a verb of explaining after review38 (items 3 and 12, made-up sentences,
mend38c): a cause written otherwise than with « par » and a reason set after a comma keep the
speaker's finding; « selon elle » or « à ses yeux » after that comma does not make the verb's
subject a source of « selon »; a « par » after a past participle is an agent, no cause."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str, str]]:
    analysis = analyze(text, "fr")
    return [(text[a.content[0] : a.content[1]], a.speaker, a.kind) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "La rectrice a justifié la fermeture du collège en raison des travaux.",
            "la fermeture du collège en raison des travaux",
        ),
        (
            "La rectrice a justifié l'arrêt du chantier faute de crédits.",
            "l'arrêt du chantier faute de crédits",
        ),
        (
            "Le ministre a expliqué le retard des versements à cause de la grève.",
            "le retard des versements à cause de la grève",
        ),
        (
            "La rectrice a expliqué la fermeture du gymnase, devenu vétuste après l'hiver.",
            "la fermeture du gymnase, devenu vétuste après l'hiver",
        ),
    ],
)
def test_a_cause_or_a_reason_after_the_comma_is_what_was_said(text: str, said: str) -> None:
    assert [(found, kind) for found, _, kind in _found(text)] == [(said, "indirect")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("La rectrice a justifié la fermeture du gymnase, trop vétuste selon elle.", "La rectrice"),
        (
            "La gérante justifie la hausse des loyers, nécessaire à ses yeux pour rénover.",
            "La gérante",
        ),
        ("Le maire a expliqué son refus, le devis étant selon lui trop élevé.", "Le maire"),
    ],
)
def test_selon_after_the_comma_leaves_the_verb_its_object(text: str, speaker: str) -> None:
    assert [(who, kind) for _, who, kind in _found(text)] == [(speaker, "indirect")]


def test_a_par_after_a_participle_is_an_agent_no_cause() -> None:
    text = "Le maire a expliqué son projet, jugé coûteux par les riverains."
    assert all(who != "Le maire" for _, who, _ in _found(text))
