"""english36: a verb of demanding or proposing with a clause in the subjunctive and no "that"
reports that clause ("recommended the wall be rebuilt"); a plain noun object does not.
Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_cue_label, speaker_label


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Mrs Ada Pike recommended the old pavilion be rebuilt before the summer.",
            "the old pavilion be rebuilt before the summer",
            ("Mrs Ada Pike", "named"),
        ),
        (
            "Shopkeepers have demanded a public meeting be held on the new car park.",
            "a public meeting be held on the new car park",
            ("Shopkeepers", "vague"),
        ),
        (
            "Dan Okoro has demanded the trust refund the fees paid by families.",
            "the trust refund the fees paid by families",
            ("Dan Okoro", "named"),
        ),
        (
            "The watchdog is now suggesting the Government restore the grant for bus routes.",
            "the Government restore the grant for bus routes",
            ("The watchdog", "named"),
        ),
        (
            "Cllr Rhys Bowen proposed there should be a vote in every ward.",
            "there should be a vote in every ward",
            ("Cllr Rhys Bowen", "named"),
        ),
    ],
)
def test_subjunctive_clause_is_reported(text: str, content: str, speaker: tuple) -> None:
    assert [c for c, _, _ in content_cue_label(text)] == [content]
    assert speaker_label(text, "en") == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The bakery proposed a new menu for the winter season.",
        "The company has proposed plans to reopen the old mill.",
        "Statements from the board suggest the shop has a future.",
    ],
)
def test_plain_objects_report_nothing(text: str) -> None:
    assert content_cue_label(text) == []
