"""English demands, warnings, complaints and feelings voiced with a noun phrase (made-up
sentences): a verb with its preposition ("called for", "spoke of", "warned of",
"campaigning against", lexicon object_phrase_cues) reports its object, also in the
progressive ("is calling for", the auxiliary no part of the subject) and after an auxiliary
("had asked for"); not a one-word object ("called for help") nor the nouns ("the campaign
for a new pool", "a voice vote")."""

from __future__ import annotations

import pytest

from tests.draft.readings import said


@pytest.mark.parametrize(
    ("sentence", "content", "source"),
    [
        (
            "Several mayors called for the removal of the toll on the old bridge.",
            "the removal of the toll on the old bridge",
            "Several mayors",
        ),
        (
            "Parents spoke of the long queues outside the clinic every morning.",
            "the long queues outside the clinic every morning",
            "Parents",
        ),
        (
            "Councillor Ada Brennan is calling for more lighting in the park.",
            "more lighting in the park",
            "Councillor Ada Brennan",
        ),
        (
            "Growers warned of higher prices for apples this winter.",
            "higher prices for apples this winter",
            "Growers",
        ),
        (
            "Fishing crews expressed their anger at the new quota rules.",
            "their anger at the new quota rules",
            "Fishing crews",
        ),
    ],
)
def test_a_demand_or_a_feeling_voiced_is_reported(sentence: str, content: str, source: str) -> None:
    assert (content, source) in said(sentence)


def test_a_demand_after_an_auxiliary_is_reported() -> None:
    [(content, source)] = said("The tenants had asked for a full refund of the deposit.")
    assert source == "The tenants" and "a full refund of the deposit" in content


@pytest.mark.parametrize(
    "sentence",
    [
        "She called for help.",
        "The campaign for a new pool lasted two years.",
        "The bill passed by voice vote on Friday evening.",
    ],
)
def test_a_short_object_or_a_noun_reports_nothing(sentence: str) -> None:
    assert said(sentence) == []


def test_a_short_demand_leaves_a_later_participle_its_subject() -> None:
    [(content, source)] = said("The neighbours apologised for the noise, saying it would stop.")
    assert (content, source) == ("it would stop", "The neighbours")


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Residents called for his resignation.", "his resignation"),
        (
            "Residents called for Smith’s resignation after the vote.",
            "Smith’s resignation after the vote",
        ),
        ("Former staff called for Salort-Pons' removal, alleging bias.", "Salort-Pons' removal"),
    ],
)
def test_a_possessive_and_its_noun_are_a_whole_demand(sentence: str, content: str) -> None:
    """Two words are enough when they are a possessive and its noun (lexicon
    possessive_determiners, or a name with its apostrophe)."""
    assert [found for found, _source in said(sentence)][:1] == [content]
