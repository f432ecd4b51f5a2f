"""English participles and final subjects (made-up sentences): a participle right after a
document and its agent ("a letter from officers confirming…") is the agent's, while a document
with no agent ("issued a statement confirming…") leaves it to the sentence's subject; "-ing"
forms of verbs that report a clause ("contending", "confirming") report one with no "that",
never a noun phrase; a final cue's subject may be a description whose complement is a name
(", a spokesman for Senate Majority Leader Harry Reid said")."""

from __future__ import annotations

import pytest

from tests.draft.readings import said


@pytest.mark.parametrize(
    ("sentence", "content", "source"),
    [
        (
            "The parish council received a letter from officers confirming the road would close.",
            "the road would close",
            "officers",
        ),
        (
            "The board published a report by the watchdog suggesting the fees were too high.",
            "the fees were too high",
            "the watchdog",
        ),
        (
            "Residents were sent a notice from the county council declaring the bridge was unsafe.",
            "the bridge was unsafe",
            "the county council",
        ),
    ],
)
def test_a_participle_after_a_document_and_its_agent(
    sentence: str, content: str, source: str
) -> None:
    assert said(sentence) == [(content, source)]


@pytest.mark.parametrize(
    ("sentence", "content", "source"),
    [
        (
            "Two groups have filed a lawsuit against the state contending it is failing to act.",
            "it is failing to act",
            "Two groups",
        ),
        (
            "The company issued a statement confirming its chief executive had resigned.",
            "its chief executive had resigned",
            "The company",
        ),
    ],
)
def test_a_participle_with_no_agent_is_the_subjects(
    sentence: str, content: str, source: str
) -> None:
    assert said(sentence) == [(content, source)]


@pytest.mark.parametrize(
    "sentence",
    [
        "He is confirming the details of the deal with the bank.",
        "The firm is declaring a dividend of ten pence a share.",
        "She got a call from her brother after confirming the booking.",
    ],
)
def test_an_ing_form_before_a_noun_phrase_reports_nothing(sentence: str) -> None:
    """Counter-cases: the object is no clause."""
    assert said(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "content", "source"),
    [
        (
            "Republicans asked the clerk not to read the names, a spokesman for Senate Majority "
            "Leader Harry Reid said Thursday.",
            "Republicans asked the clerk not to read the names",
            "a spokesman for Senate Majority Leader Harry Reid",
        ),
        (
            "The union will strike again in May, the head of the Royal College of Nursing said.",
            "The union will strike again in May",
            "the head of the Royal College of Nursing",
        ),
    ],
)
def test_a_final_subject_with_a_named_complement(sentence: str, content: str, source: str) -> None:
    assert (content, source) in said(sentence)


def test_a_named_complement_before_a_verb_with_its_clause_closes_nothing() -> None:
    """Counter-case: the cue reports the clause after it, not the words before the comma."""
    text = "The shop closed in May, a spokesman for Acme Corp said the plan was dead."
    assert all(content != "The shop closed in May" for content, _s in said(text))


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("A woman who lives nearby told her daughter she felt afraid.", "she felt afraid"),
        ("The coach told his players the season was over.", "the season was over"),
    ],
)
def test_told_and_a_possessed_hearer(sentence: str, content: str) -> None:
    """ "told her daughter she…": "her" is a possessive, the hearer is "her daughter"."""
    assert [c for c, _s in said(sentence)] == [content]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("The woman told her the plan would fail.", "the plan would fail"),
        ("He told her police had come to the house.", "police had come to the house"),
    ],
)
def test_told_her_and_a_clause(sentence: str, content: str) -> None:
    """Counter-cases: "her" is the hearer, the clause follows it."""
    assert [c for c, _s in said(sentence)] == [content]
