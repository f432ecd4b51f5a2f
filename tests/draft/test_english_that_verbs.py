"""English verbs of judging or finding out (made-up sentences): "ruled", "realised",
"recognised" report only before "that", which a short time phrase may precede ("ruled in
March that"); "states" reports after a singular subject; "but later rejected" shares the
subject of the verb before; ", per the report" relays like "according to"."""

from __future__ import annotations

import pytest

from tests.draft.readings import said


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The court ruled that the ban on night flights was lawful.", "The court"),
        (
            "A district judge ruled in March that the landlord had broken the law.",
            "A district judge",
        ),
        ("The judge ruled last week that the firm had misled its clients.", "The judge"),
        (
            "Looking again, the researchers realised that the bone came from a bird.",
            "the researchers",
        ),
        ("The inspectors recognised that the school had improved a great deal.", "The inspectors"),
    ],
)
def test_a_verb_of_judging_before_that_reports(sentence: str, source: str) -> None:
    [(_content, written)] = said(sentence)
    assert written == source


@pytest.mark.parametrize(
    "sentence",
    [
        "The old king ruled the country for four decades.",
        "The judge ruled on the case that the firm had filed in May.",
        "The firm realised a profit on the sale of its offices.",
        "The council must follow rules that would allow the market to open.",
    ],
)
def test_the_same_verbs_without_that_report_nothing(sentence: str) -> None:
    """Counter-cases: an object, a complement before "that", a noun."""
    assert said(sentence) == []


def test_states_reports_after_a_singular_subject() -> None:
    text = "“Every platform must show who paid for an advert,” the draft states."
    assert [w for _c, w in said(text)] == ["the draft"]


def test_states_as_a_plural_noun_reports_nothing() -> None:
    """Counter-case: the member states are the subject of "agreed"."""
    assert said("The member states agreed on a common budget for the fund.") == []


def test_but_and_a_time_word_share_the_subject_of_the_verb_before() -> None:
    text = (
        "A district judge ruled in May that the deal was unlawful, "
        "but later rejected the toughest penalties."
    )
    assert [w for _c, w in said(text)] == ["A district judge", "A district judge"]


def test_per_and_a_determiner_after_a_comma_gives_the_source() -> None:
    text = "The appeals court will likely hear the case in May, per a statement from the court."
    assert [w for _c, w in said(text)] == ["a statement from the court"]


def test_per_in_a_rate_gives_no_source() -> None:
    """Counter-case: "per cent", "per day" name no one."""
    assert said("Sales rose by five per cent last year, or ten pounds per day.") == []
