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
