"""English cues of finding out and citing (made-up sentences): an outlet's own reporting, "The
BBC has learned that…", "The Times understands…", reports with the outlet as its named
source, while "parents learned there is a change" reports nothing; "It is known (that)…" is an
impersonal voice like "it is understood"; "cites" / "cited" report their object ("cited health
issues as the reason"), not a passive ("was cited for speeding") nor "that lesson"."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_label, said


@pytest.mark.parametrize(
    ("sentence", "content", "source"),
    [
        (
            "The BBC has also learned the chairman was angered by a leaked e-mail.",
            "the chairman was angered by a leaked e-mail",
            "The BBC",
        ),
        (
            "The Guardian has learnt that the minister will resign next week.",
            "the minister will resign next week",
            "The Guardian",
        ),
        (
            "BBC Sports Editor Dan Roan learned that the board had met in secret.",
            "the board had met in secret",
            "BBC Sports Editor Dan Roan",
        ),
        (
            "The newspaper learned that the mayor had resigned on Friday.",
            "the mayor had resigned on Friday",
            "The newspaper",
        ),
        (
            "The Times understands the deal will be signed on Monday.",
            "the deal will be signed on Monday",
            "The Times",
        ),
    ],
)
def test_an_outlet_that_learned_reports(sentence: str, content: str, source: str) -> None:
    assert said(sentence) == [(content, source)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Parents and staff learned there is another change coming.",
        "Investigators learned the truck had been stolen in May.",
        "The children learned that lesson the hard way.",
        "She learned to swim at the age of six.",
        "The council understands residents' concerns about parking.",
        "He understands that the plan will cost more.",
    ],
)
def test_learning_without_an_outlet_reports_nothing(sentence: str) -> None:
    """Counter-cases: someone came to know something; "that" as a determiner."""
    assert said(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "It is known that the manager had a number of disagreements with the board.",
            "the manager had a number of disagreements with the board",
        ),
        (
            "It was known the mayor had doubts about the plan.",
            "the mayor had doubts about the plan",
        ),
        ("But it is known he disliked the new stadium.", "he disliked the new stadium"),
    ],
)
def test_it_is_known_is_an_impersonal_voice(sentence: str, content: str) -> None:
    [(found, _speaker, label)] = content_speaker_label(sentence, "en")
    assert (found, label) == (content, "vague")


@pytest.mark.parametrize(
    "sentence",
    ["It is known as the Red House.", "It is known for its cheese and its wine."],
)
def test_it_is_known_as_a_name_reports_nothing(sentence: str) -> None:
    """Counter-cases: a name, a reputation."""
    assert said(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "content", "source"),
    [
        (
            "In a letter to staff, Moore cited health issues as his reason for retiring.",
            "health issues as his reason for retiring",
            "Moore",
        ),
        (
            "The health board cites an ageing population and financial strain.",
            "an ageing population and financial strain",
            "The health board",
        ),
        (
            "The residents' appeal cited the density of the housing.",
            "the density of the housing",
            "The residents' appeal",
        ),
    ],
)
def test_cites_reports_its_object(sentence: str, content: str, source: str) -> None:
    assert said(sentence) == [(content, source)]


@pytest.mark.parametrize(
    "sentence",
    ["He was cited for speeding on the motorway.", "The cited study was published in May."],
)
def test_cited_in_the_passive_reports_nothing(sentence: str) -> None:
    """Counter-cases: a passive, a participle before its noun."""
    assert said(sentence) == []
