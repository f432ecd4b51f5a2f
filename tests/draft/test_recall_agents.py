"""Passives whose agent told or asked something, written after the agent: « était informé par
la préfecture d'une fermeture », « ont été invités par les organisateurs à écrire… », « est
soupçonné par les enquêteurs de ne pas avoir… » (a negated infinitive), and a penalty requested
with no agent (« trois ans de prison ont été requis »: an impersonal voice). One short made-up
case each and the counter-cases that must stay silent (no agent, a manner after « par », an
invitation to a place or an event rather than to an act, a duration that is no penalty)."""

from __future__ import annotations

from quizapp.draft import Analysis, analyze


def found(analysis: Analysis) -> list[tuple[str, str]]:
    """(content, speaker) of every attribution."""
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


def test_a_notice_reports_what_its_agent_told_after_the_agent() -> None:
    text = "Les parents étaient avertis par la direction de l'école d'une grève des cantines."
    assert found(analyze(text, "fr")) == [("d'une grève des cantines", "la direction de l'école")]


def test_a_request_reports_the_infinitive_its_agent_asked_for() -> None:
    text = "Les habitants ont été invités par la mairie à limiter leur consommation d'eau."
    assert found(analyze(text, "fr")) == [("à limiter leur consommation d'eau", "la mairie")]


def test_a_suspicion_with_a_negated_infinitive_keeps_its_agent() -> None:
    text = "Le gardien est soupçonné par les enquêteurs de ne pas avoir fermé la porte."
    assert found(analyze(text, "fr")) == [("de ne pas avoir fermé la porte", "les enquêteurs")]


def test_a_notice_with_no_agent_reports_nothing() -> None:
    text = "Les parents étaient avertis d'une grève des cantines depuis lundi."
    assert found(analyze(text, "fr")) == []


def test_a_manner_after_par_is_no_agent() -> None:
    text = "Le maire a été informé par téléphone d'une fermeture prochaine de la classe."
    assert found(analyze(text, "fr")) == []


def test_an_invitation_to_an_event_is_no_request() -> None:
    text = "Le ministre a été invité par le président à un dîner officiel au palais."
    assert found(analyze(text, "fr")) == []


def test_an_active_notice_is_not_read_as_a_passive() -> None:
    text = "La préfecture a informé les riverains par courrier."
    assert found(analyze(text, "fr")) == []


def test_a_penalty_requested_with_no_agent_is_an_impersonal_voice() -> None:
    text = "Trois ans de prison, dont un avec sursis, ont été requis contre l'ancien maire."
    assert found(analyze(text, "fr")) == [("Trois ans de prison, dont un avec sursis", "on")]


def test_a_requested_penalty_in_the_feminine() -> None:
    text = "Une peine de dix mois de prison avec sursis a été requise contre le gérant."
    assert found(analyze(text, "fr")) == [("Une peine de dix mois de prison avec sursis", "on")]


def test_a_requested_penalty_with_its_agent_before_contre() -> None:
    text = "Deux ans de prison ont été requis par le parquet contre le conducteur."
    assert found(analyze(text, "fr")) == [("Deux ans de prison", "le parquet")]


def test_a_duration_that_is_no_penalty_is_no_request() -> None:
    text = "Trois ans de travaux ont été demandés pour rénover le vieux pont."
    assert found(analyze(text, "fr")) == []
