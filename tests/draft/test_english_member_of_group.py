"""English "X was among those who said…" (made-up sentences): the group pronoun after a link of
membership speaks for the subject of that link ("The mayor was among those who warned that…":
the mayor); "those" anywhere else stays the group ("He thanked those who said…")."""

from __future__ import annotations

import pytest

from tests.draft.readings import said


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "The defence lawyer, Ralph Capitelli, was among those who said the ruling was harsh.",
            "The defence lawyer, Ralph Capitelli",
        ),
        ("The mayor was among those who warned that the plan would fail.", "The mayor"),
        ("Local farmers were among those who said the scheme was a waste.", "Local farmers"),
        ("Dr Ann Lee is among those who believe the drug works.", "Dr Ann Lee"),
    ],
)
def test_the_member_speaks_for_the_group(sentence: str, source: str) -> None:
    [(_content, written)] = said(sentence)
    assert written == source


def test_those_with_no_link_stays_the_group() -> None:
    """Counter-case: no "was among" before "those"."""
    [(_content, written)] = said("Those who said the plan would fail were ignored by the board.")
    assert written == "Those"


def test_a_long_subject_with_its_relative_clause() -> None:
    """ "A woman in her 80s who has been living at the Lough for the past 60 years told…": a
    noun phrase and its relative clause over fourteen words is still the subject."""
    text = (
        "A woman in her 80s who has been living at the Lough for the past 60 years told "
        "her daughter she felt afraid."
    )
    [(content, written)] = said(text)
    assert (content, written.split(" who ")[0]) == ("she felt afraid", "A woman in her 80s")


def test_a_long_subject_holding_a_verb_before_its_relative_is_none() -> None:
    """Counter-case: a clause before the relative is narration, not a subject."""
    text = (
        "The council met on Monday and the woman in her 80s who has been living at the Lough "
        "for sixty years told her daughter she felt afraid."
    )
    assert all(not s.startswith("The council met") for _c, s in said(text))
