"""A noun qualified by the participle of a request with its agent, no « être » (« une
fermeture réclamée par les commerçants »): the agent asked for it, which is speech (recall32,
made-up sentences; lexicon ``noun_stance_verbs``). With no agent nobody is quoted."""

from __future__ import annotations

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str | None]]:
    analysis = analyze(text, "fr")
    return [(text[a.content[0] : a.content[1]], a.speaker) for a in analysis.attributions]


def test_a_requested_noun_is_the_agents_request() -> None:
    text = "Le marché fermera le dimanche. Une fermeture réclamée par les commerçants du quartier."
    assert ("Une fermeture", "les commerçants du quartier") in _found(text)


def test_a_requested_noun_with_no_agent_quotes_no_one() -> None:
    assert _found("Le marché fermera le dimanche. Une fermeture longtemps réclamée.") == []


def test_a_thing_asked_for_is_no_statement() -> None:
    """review32: « demander » / « réclamer » after a noun report only a measure or a
    decision asked for (lexicon noun_request_heads), not a thing (mend32c)."""
    assert _found("Les pièces demandées par le juge ont été transmises lundi.") == []
