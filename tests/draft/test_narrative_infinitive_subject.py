"""A French narrative infinitive with its subject between « Et » and « de » (« Et X de
répondre : « … » », « Et l'élue d'ajouter que… ») reports what X says; words with a verb
between them (« Et il est temps de dire ») make no such cue. Made-up sentences."""

from __future__ import annotations

from quizapp.draft import analyze


def _said(text: str) -> list[tuple[str, str]]:
    analysis = analyze(text, "fr")
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


def test_a_name_between_et_and_de() -> None:
    text = "Le maire a parlé longuement. Et Paul Martin de répondre : « Rien n'est joué. »"
    assert _said(text) == [("Rien n'est joué.", "Paul Martin")]


def test_a_description_between_et_and_d() -> None:
    text = "Le budget a été voté. Et la conseillère Anne Roy d'ajouter que rien n'est réglé."
    assert _said(text) == [("rien n'est réglé", "Anne Roy")]


def test_a_clause_between_et_and_de_is_no_cue() -> None:
    text = "Le budget a été voté. Et il est temps de dire que rien n'est réglé."
    assert _said(text) == []
