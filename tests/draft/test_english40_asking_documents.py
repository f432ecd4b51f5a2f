"""english40: an -ing verb of asking right after a document that asks, the document the
object of a verb ("Cllr X tabled motions calling on the council to act"), reports what it
asks, said by the one who tabled it; a document opening the sentence ("The petition calling on
… was launched by X") is left alone. Made-up sentences."""

from __future__ import annotations

from tests.draft.readings import finding_holding, said


def test_a_motion_calling_on_the_council() -> None:
    text = "Cllr Jo Clooney tabled further motions calling on the council to stop the flooding.\n"
    found = finding_holding(text, "to stop the flooding", "en")
    assert found.speaker.endswith("Jo Clooney"), found.speaker


def test_a_petition_opening_the_sentence_is_left_alone() -> None:
    """Guard: what the petition asks would run into "was launched by"."""
    text = "The petition calling on the government to scrap the law was launched by Jo Baker.\n"
    assert said(text, "en") == []


def test_a_noun_that_is_no_document_is_left_alone() -> None:
    """Guard: "a man calling on neighbours to help" is no document asking."""
    text = "Police found a man calling on neighbours to help him move the car.\n"
    assert said(text, "en") == []
