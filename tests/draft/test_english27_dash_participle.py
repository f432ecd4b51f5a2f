""" "…urged councillors to approve the plans - saying the concerns had been met": a dash set
off by spaces before a participle of saying ends the first claim as a comma does, and the
participle reports a claim of its own. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import said


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Tom Brand urged councillors to approve the plans - saying the concerns had been met.",
            "councillors to approve the plans",
            "the concerns had been met",
        ),
        (
            "Ann Lee said drivers should slow down – adding that the road was too narrow.",
            "drivers should slow down",
            "the road was too narrow",
        ),
        (
            "Ann Lee said the depot would stay open — stressing that no jobs were at risk.",
            "the depot would stay open",
            "no jobs were at risk",
        ),
    ],
)
def test_a_participle_after_a_dash_reports_its_own_claim(
    text: str, first: str, second: str
) -> None:
    contents = [content for content, _ in said(text, "en")]
    assert contents == [first, second]


def test_the_comma_form_stays_as_it_was() -> None:
    """Counter-case: the comma already ended the first claim."""
    text = "Tom Brand urged councillors to approve the plans, saying the concerns had been met."
    contents = [content for content, _ in said(text, "en")]
    assert contents == ["councillors to approve the plans", "the concerns had been met"]


def test_a_participle_that_reports_nothing_stays_inside() -> None:
    """Counter-case: after the dash a participle that is no verb of saying ("forcing")
    goes on with the claim."""
    text = "Ann Lee said the depot would shut on Monday – forcing drivers to find another route."
    contents = [content for content, _ in said(text, "en")]
    assert contents == ["the depot would shut on Monday – forcing drivers to find another route"]
