"""english33: a place's capitals with no determiner before a lower-case word for a body
("Dunmore council said") name that place's own body: named, as "Dunmore Council" would be
(made-up articles). A person the phrase describes ("A Dunmore councillor") stays anonymous."""

from __future__ import annotations

from tests.draft.readings import finding_holding


def test_a_place_and_its_council_are_named() -> None:
    text = (
        "Road to reopen\n\nIn a statement, Dunmore council said that the road would reopen "
        "on Friday.\n"
    )
    found = finding_holding(text, "would reopen", "en")
    assert (found.speaker, found.label) == ("Dunmore council", "named")


def test_a_councillor_of_the_place_stays_anonymous() -> None:
    """Counter-case: one described person, not the body."""
    text = "Road to reopen\n\nA Dunmore councillor said that the road would reopen on Friday.\n"
    assert finding_holding(text, "would reopen", "en").label == "anonymous"
