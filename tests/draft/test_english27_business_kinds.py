""" "The company says" after "bus operator Acme": an English anaphor for a business takes up a
body written with any word for a business before it ("operator", "developer"), as it does a
body met by name, before the latest capitalised place ("at West Hill"). Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The route is run by bus operator Acme.\n\nIt ends at West Hill.\n\n"
            "The company says the route is not cost-effective.",
            "Acme",
        ),
        (
            "The homes were planned by developer Brook Homes.\n\nThe site lies at Green Lane.\n\n"
            "The firm said the houses would be built next year.",
            "Brook Homes",
        ),
    ],
)
def test_a_business_anaphor_takes_up_a_body_written_with_its_kind(text: str, speaker: str) -> None:
    assert speakers(text, "en") == [speaker]


def test_an_anaphor_that_is_no_business_keeps_its_own_noun() -> None:
    """Counter-case: "the charity" still takes up the body written with "charity"."""
    text = (
        "The route is run by bus operator Acme.\n\nIt ends at West Hill, near the Brook Hall "
        "charity.\n\nThe charity says the route is vital."
    )
    assert speakers(text, "en") == ["Brook Hall"]
