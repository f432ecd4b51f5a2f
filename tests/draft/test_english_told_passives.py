""" "Told", "warned", "advised" in the passive with nobody named (made-up
sentences): "Workers were told (instead) the plant will close", "People are also being told
that they should expect delays", "Passengers will be told to plan ahead" say what follows, an
impersonal voice labelled vague, in every tense and with adverbs between; not when "told" has
an agent, an object noun, "about" or a place after it, nor for "reminded" (events remind)."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

CLAUSE = "the plant will close by the end of the year"


def _found(text: str) -> list[tuple[str, str, str]]:
    analysis = analyze(text, "en")
    return [(analysis.passage(a.content), a.speaker, a.label) for a in analysis.attributions]


@pytest.mark.parametrize(
    "passive",
    [
        "were told",
        "have been told",
        "are being told",
        "are once again being told",
        "were told instead",
        "were wrongly told",
        "will be told",
        "were warned",
        "have been advised",
    ],
)
@pytest.mark.parametrize("link", ["", "that "])
def test_a_passive_of_telling_with_nobody_named_says_what_follows(passive: str, link: str) -> None:
    [(content, _speaker, label)] = _found(f"Workers {passive} {link}{CLAUSE}.")
    assert content == CLAUSE and label == "vague"


@pytest.mark.parametrize("passive", ["were told", "are being told", "have been warned"])
def test_an_infinitive_after_the_passive_is_what_was_told(passive: str) -> None:
    [(content, _speaker, label)] = _found(f"Passengers {passive} to plan ahead and travel late.")
    assert content == "plan ahead and travel late" and label == "vague"


@pytest.mark.parametrize(
    "sentence",
    [
        "The workers were told about the closure last week.",
        "The workers were told the news on Monday.",
        "He was told to the hospital by mistake.",
        "The story was told to the children every night.",
        "Those living in the south were reminded that they are not immune to the smoke.",
    ],
)
def test_no_clause_after_the_passive_says_nothing(sentence: str) -> None:
    assert _found(sentence) == []


def test_an_agent_after_the_passive_speaks_itself() -> None:
    found = _found(f"Workers were told by the union that {CLAUSE}.")
    assert all(label != "vague" or speaker != "were told" for _c, speaker, label in found)
