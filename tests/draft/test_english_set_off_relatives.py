"""A relative clause set off by commas after an English subject (made-up sentences): the
whole noun phrase before it speaks ("A person familiar with the talks, who…, said" is the
person, not "the talks"), in any tense; a phrase with a verb of its own before the comma
("Ana Lopes met the harbour master, who said…") keeps the antecedent reading."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

CLAIM = "the ferry service will end in March"
RELATIVE = "who has followed the port's finances for years"


def _sources(text: str) -> list[tuple[str, str]]:
    analysis = analyze(text, "en")
    return [
        (analysis.passage(a.source) if a.source else "", a.label) for a in analysis.attributions
    ]


@pytest.mark.parametrize("verb", ["said that", "has said that", "would say", "warned"])
def test_the_whole_phrase_before_the_relative_speaks(verb: str) -> None:
    text = f"A person familiar with the talks, {RELATIVE}, {verb} {CLAIM}."
    assert _sources(text) == [("A person familiar with the talks", "anonymous")]


def test_a_named_head_with_a_complement() -> None:
    text = f"The head of the port authority, {RELATIVE}, said that {CLAIM}."
    assert _sources(text)[0][0] == "The head of the port authority"


def test_a_phrase_with_its_own_verb_keeps_the_antecedent() -> None:
    text = f"Ana Lopes met the harbour master, who said that {CLAIM}."
    assert _sources(text)[0][0] == "the harbour master"
