"""A person set before a role a body owns, as the subject of a verb of saying (made-up
sentences, english38): "Jane Mallory, Westshire County Council's (WCC) head of adult care,
said…" is Jane Mallory's word; neither the body's acronym in brackets nor a body named in
several words makes the body the speaker."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "en").attributions]


@pytest.mark.parametrize(
    "text",
    [
        "The home will close in May.\n\nJane Mallory, Westshire County Council's (WCC) head"
        " of adult care, said the council was helping families.",
        "Homes were approved.\n\nJane Mallory, Harford Borough Council’s portfolio holder for"
        " housing, said she was pleased.",
    ],
)
def test_the_person_before_the_owned_role_speaks(text: str) -> None:
    assert _speakers(text) == ["Jane Mallory"]


def test_an_owned_role_alone_stays_with_its_body() -> None:
    text = (
        "Homes were approved.\n\nHarford Borough Council’s (HBC) head of planning said"
        " the plan was sound."
    )
    assert _speakers(text) == ["Harford Borough Council (HBC)"]
