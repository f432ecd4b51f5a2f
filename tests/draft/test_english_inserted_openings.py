"""An English cue inserted after an opening adverbial or before a clause of reason (made-up
sentences): "As a result, they said, the law would force…" reports the clause after the cue
(a connective or a short phrase before it says nothing), with any kind of subject and tense;
"The ruling changes little, he said, because…" goes on with what was said after the cue. A
clause joined by "and" after the cue is no longer theirs, nor is anything when no clause
follows the opening."""

from __future__ import annotations

import pytest

from tests.draft.readings import said

CLAUSE = "the law would close the last two clinics"


@pytest.mark.parametrize("opening", ["As a result", "In fact", "However", "In Leeds", "Still"])
@pytest.mark.parametrize(
    ("cue", "source"),
    [("they said", "they"), ("officials have said", "officials"), ("the mayor says", "the mayor")],
)
def test_the_clause_after_an_inserted_cue_is_what_was_said(
    opening: str, cue: str, source: str
) -> None:
    assert said(f"{opening}, {cue}, {CLAUSE}.") == [(CLAUSE, source)]


@pytest.mark.parametrize("word", ["because", "since", "although", "unless"])
def test_a_clause_of_reason_after_the_cue_goes_on(word: str) -> None:
    text = f"The ruling changes little, the lawyer said, {word} the state agreed to wait."
    assert said(text) == [(text[:-1], "the lawyer")]


def test_a_clause_joined_by_and_after_the_cue_is_not_said() -> None:
    text = "The bridge is safe, the engineer said, and the mayor reopened it."
    assert said(text) == [("The bridge is safe", "the engineer")]


def test_an_opening_with_nothing_after_the_cue_gives_no_clause_after() -> None:
    assert (CLAUSE, "the mayor") not in said("However, the mayor said.")
