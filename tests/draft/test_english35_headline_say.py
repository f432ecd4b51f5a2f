"""english35: a quotation followed by "say" and a plural subject with no comma between, or a
dash, as headlines write them ("‘…’ say tenants", "'…' - say parents"). Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import said


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Row over lift\n\nThe block met. “Nobody fixes anything” say tenants of the tower.",
            "tenants of the tower",
        ),
        (
            "Row over lift\n\nThe block met. “Nobody fixes anything” – say tenants of the tower.",
            "tenants of the tower",
        ),
        (
            "‘The road is a death trap’ say parents after a crash near the school\n\nParents met.",
            "parents",
        ),
    ],
)
def test_quotation_then_say_with_no_comma(text: str, source: str) -> None:
    found = said(text)
    assert found[0] == (
        text[text.index("“") + 1 : text.index("”")]
        if "“" in text
        else text[1 : text.index("’ say")],
        source,
    )


@pytest.mark.parametrize(
    "text",
    [
        'Residents want a "real" say in plans for the park.',
        "Row over lift\n\nThe block met. Residents want a “real” say in plans for the park.",
    ],
)
def test_say_after_a_scare_quote_inside_a_sentence_is_a_noun(text: str) -> None:
    """mend35b: the quotation does not open the sentence; "say" is the noun after it."""
    assert said(text) == []


@pytest.mark.parametrize("dash", [" –", ""])
def test_a_plural_word_of_no_speaker_is_no_inverted_subject(dash: str) -> None:
    """mend35b: "thanks" ends in -s but names no speaker (the noun lists, not the ending)."""
    quoted = "“It was a joy to work here”"
    text = f"Row over lift\n\nThe block met. {quoted}{dash} say thanks to the staff."
    assert said(text) == []
