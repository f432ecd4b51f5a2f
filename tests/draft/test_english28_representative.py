""" "A representative for Upton Parish Council said…": a representative of a named body
speaks for it as a spokesperson does (lexicon ``spokesperson_nouns``), so the source is
named, not anonymous. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_label

LEAD = "Head line\n\nThe road was closed on Monday.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "A representative for Upton Parish Council said the plans were wrong.",
        "A representative of Brookvale Homes said: “We will build it next year.”",
        "“We will build it next year,” said a representative of Brookvale Homes.",
        "The plans were fine, a representative for Brookvale Homes told the meeting.",
    ],
)
def test_a_representative_of_a_named_body_is_named(text: str) -> None:
    [(_speaker, label)] = speaker_label(LEAD + text, "en")
    assert label == "named"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("A representative for a local firm said the plans were fine.", "anonymous"),
        ("Union representatives said the plans were wrong.", "vague"),
        ("A resident of Upton said the plans were wrong.", "anonymous"),
    ],
)
def test_no_named_body_keeps_its_label(text: str, label: str) -> None:
    """Counter-cases: no body anyone can name, a group, a person who speaks for nobody."""
    assert [found for _speaker, found in speaker_label(LEAD + text, "en")] == [label]
