"""English relative clauses with a subject of their own before the reporting verb (made-up
sentences): in "the plan, which officials said would cut costs" the relative pronoun is the
verb's object, so the officials speak, not the plan; "who said", "who also said" keep the
relative's antecedent as the one who speaks."""

from __future__ import annotations

import pytest

from tests.draft.readings import sources


def _sources(text: str) -> list[str]:
    return sources(text, "en")


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The mayor praised the plan, which officials said would cut costs.", "officials"),
        ("The council approved the plan, which the ministry says will cut costs.", "the ministry"),
        ("Tom Ward wants to end the noise, which he said is upsetting locals.", "he"),
        ("The board backed the deal, which Ann Ward had said was fair to tenants.", "Ann Ward"),
    ],
)
def test_the_subject_inside_the_relative_speaks(sentence: str, source: str) -> None:
    assert _sources(sentence) == [source]


@pytest.mark.parametrize(
    "sentence",
    [
        "The deal was backed by Tom Ward, who said it would cut costs.",
        "The deal was backed by Tom Ward, who also said it would cut costs.",
        "The deal was backed by Tom Ward, who repeatedly said it would cut costs.",
        "The deal was backed by Tom Ward, who always says it will cut costs.",
    ],
)
def test_a_relative_with_no_subject_of_its_own_keeps_its_antecedent(sentence: str) -> None:
    """Counter-case: the relative pronoun is the subject; an adverb is no subject."""
    assert _sources(sentence) == ["Tom Ward"]


def test_a_plural_noun_right_after_the_relative_is_its_subject() -> None:
    """Counter-case: in "which reports were…" the -s word is a noun, no cue."""
    assert _sources("The council approved the plan, which reports were quick to praise.") == []
