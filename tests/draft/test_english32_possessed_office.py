""" "Cllr Tom Hale, Ashby City Council's cabinet member for transport, replied:": an English
apposition whose head is a person noun after a body's possessive is the named person's place
in that body; the name before it speaks, not the body. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_label


@pytest.mark.parametrize(
    "apposition",
    [
        "Ashby City Council's cabinet member for transport",
        "Wenford Parish Council's member for the north ward",
        "Wenford Borough Council's lead member for housing",
    ],
)
def test_the_name_before_a_possessed_office_speaks(apposition: str) -> None:
    text = f'The row went on. Cllr Tom Hale, {apposition}, replied: "We will not argue."'
    assert speaker_label(text, "en") == [("Cllr Tom Hale", "named")]


def test_a_body_speaking_through_its_spokesman_is_unchanged() -> None:
    """Counter-case: with no name before it, the body's office still speaks for the body."""
    text = "The row went on. Ashby City Council's spokesman said the plan was sound."
    assert [label for _, label in speaker_label(text, "en")] == ["named"]
