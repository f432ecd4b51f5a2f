"""english36: the base forms "call for" and "urge" report after a plural subject or "to", as
"calls for" and "urges" do; "call for" after a determiner or a possessive is a noun and
reports nothing. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_cue_label, speaker_label


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Parents call for a crossing outside the school gates.",
            "a crossing outside the school gates",
            ("Parents", "vague"),
        ),
        (
            "Ann Lee went on to call for a review of the bus routes.",
            "a review of the bus routes",
            ("Ann Lee", "named"),
        ),
        (
            "Shopkeepers urge the board to rethink the closure.",
            "the board to rethink the closure",
            ("Shopkeepers", "vague"),
        ),
    ],
)
def test_base_forms_report(text: str, content: str, speaker: tuple) -> None:
    assert [c for c, _, _ in content_cue_label(text)] == [content]
    assert speaker_label(text, "en") == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The board issued a ‘call for sites’ from local landowners last spring.",
        "The board ignored Mr Dale’s call for firms to bid for the depot.",
    ],
)
def test_call_for_as_a_noun_reports_nothing(text: str) -> None:
    assert content_cue_label(text) == []
