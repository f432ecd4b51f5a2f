""" "The company said …" after "The Environment Agency said …", "The developer says …" after
"farmland off Maldon Road": an English anaphor of a business takes up no body whose name
shows another kind ("Agency", "Road", "the Unite union"), but one whose name shows none or a
kind it covers. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import speakers


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Severn Water said it was looking into the leak. The Environment Agency said it "
            "was aware of it. The company said it had fixed the pipe.",
            "Severn Water",
        ),
        (
            "Oakfield Developments wants to build 90 homes off Mill Road. The developer said "
            "the homes were needed.",
            "Oakfield Developments",
        ),
        (
            "Drivers at Metro Coaches are on strike. The Unite union said pay was too low. "
            "The firm said the offer was fair.",
            "Metro Coaches",
        ),
    ],
)
def test_an_anaphor_skips_a_body_of_another_kind(text: str, body: str) -> None:
    assert speakers(text, "en")[-1] == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Acme Group said profits fell. The company said it would cut jobs.", "Acme Group"),
        (
            "The Environment Agency said the river was clean. The agency said it would test "
            "it again.",
            "Environment Agency",
        ),
    ],
)
def test_a_body_of_a_kind_the_anaphor_covers_is_taken_up(text: str, body: str) -> None:
    """Counter-case: the name's kind is one the anaphor covers."""
    assert speakers(text, "en")[-1] == body


def test_a_union_is_no_council() -> None:
    """ "The union" after a council only: no body the article names is a union, and the
    council shows its own kind, so the union stays a description of its own."""
    text = "Oakham Council cut jobs on Monday. The union said the cuts were unfair."
    assert speakers(text, "en") == ["The union"]
