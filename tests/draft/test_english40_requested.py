"""english40: "requested" is a verb of asking like "urged" or "asked" (lexicon
``request_cues``): "X requested Y to apologise" and "X requested an adjournment" report what
X asks for. Made-up sentences."""

from __future__ import annotations

from tests.draft.readings import finding_holding, said


def test_requested_someone_to_act() -> None:
    text = "One resident requested Mrs Clifford to apologise to the residents.\n"
    found = finding_holding(text, "to apologise", "en")
    assert found.speaker == "One resident", found.speaker


def test_requested_a_thing() -> None:
    text = "Cllr Jo Bird requested an adjournment to thrash out a revised budget.\n"
    found = finding_holding(text, "an adjournment", "en")
    assert found.speaker.endswith("Jo Bird"), found.speaker


def test_the_noun_requests_reports_nothing() -> None:
    """Guard: "requests" as a noun opening the sentence is no cue."""
    assert said("The requests to close the road were refused by the council.\n", "en") == []
