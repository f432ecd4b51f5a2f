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


@pytest.mark.parametrize(
    "text",
    [
        "The defeat is a wake-up call for the club's owners.",
        "The charity put out a fresh call for drivers on Friday.",
        "An urgent call for foster parents went out this week.",
        "It was a close call for the crew of the trawler.",
        "He made a phone call for a taxi at midnight.",
        "The tenants’ call for a new lift was turned down.",
        "Bus drivers' call for longer breaks was rejected.",
        "Traders plan to call for a parking review next month.",
        "Call for an ambulance if the child stops breathing.",
        "Parents who urge the head to shorten the day are ignored.",
    ],
)
def test_base_form_without_a_speaking_subject_reports_nothing(text: str) -> None:
    """mend36b: "call for" after an adjective, a noun or a plural possessive is a noun;
    after a verb of intention and "to", an order, or "urge" in a relative, nobody speaks."""
    assert content_cue_label(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("They call for a review of the school bus routes.", ("They", "vague")),
        ("Nurses now urge the board to reopen the ward.", ("Nurses", "vague")),
    ],
)
def test_base_form_after_a_plural_subject_or_pronoun_reports(text: str, speaker: tuple) -> None:
    assert speaker_label(text, "en") == [speaker]
