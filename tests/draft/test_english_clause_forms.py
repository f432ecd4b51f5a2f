"""Every finite form of a verb of saying reports a clause with no "that" (made-up sentences,
lexicon ``clause_object_verbs``): "adds the ferry…", "has written the ferry…", "would tell
reporters the ferry…", "was telling reporters the ferry…" (the -ing form after its
auxiliary: lexicon ``clause_object_progressive``), not only the forms met in articles; a noun
phrase after those forms ("adds a new deck", "was writing a letter") and the -ing form after a
noun ("a letter telling them…") report nothing."""

from __future__ import annotations

import pytest

from tests.draft.readings import said

CLAIM = "the ferry service will end in March"


@pytest.mark.parametrize(
    "verb",
    ["adds", "insists", "notes", "has written", "had written", "would argue", "would claim"],
)
def test_a_clause_with_no_that_is_reported(verb: str) -> None:
    assert said(f"Ana Lopes {verb} {CLAIM}.") == [(CLAIM, "Ana Lopes")]


def test_a_hearer_then_a_clause() -> None:
    assert said(f"The port authority would tell reporters {CLAIM}.") == [
        (CLAIM, "The port authority")
    ]


@pytest.mark.parametrize("verb", ["was telling reporters", "was claiming", "were arguing"])
def test_the_progressive_reports_a_clause(verb: str) -> None:
    subject = "Dock workers" if verb.startswith("were") else "Ana Lopes"
    assert said(f"{subject} {verb} {CLAIM}.") == [(CLAIM, subject)]


def test_a_pronoun_subject_in_the_perfect() -> None:
    found = said(f"Ana Lopes runs the port. She has written {CLAIM}.")
    assert found == [(CLAIM, "She")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Lopes adds a new deck to the old ferry.",
        "Ana Lopes has written a letter to the port authority.",
        "Ana Lopes was writing a letter to the port authority.",
        "Passengers got a letter from the port telling them a mistake had been made.",
    ],
)
def test_a_noun_phrase_or_a_participle_after_a_noun_reports_nothing(sentence: str) -> None:
    assert said(sentence) == []
