"""Who speaks in English source phrases (made-up sentences): the head of a noun phrase is its
last name ("Bill Road resident Melissa Adcock"), a quoted nickname belongs to the name, "the
agency" is the body whose name holds "Agency", and a document's owner speaks for it
("Google's filing said")."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from tests.draft.readings import speakers


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Bill Road resident Melissa Adcock said the road was a danger to all.", "Melissa Adcock"),
        (
            "President Barack Obama's spokesman Josh Earnest said the deal was a good one.",
            "Josh Earnest",
        ),
    ],
)
def test_the_name_after_a_role_word_is_the_head(sentence: str, speaker: str) -> None:
    assert speakers(sentence, "en") == [speaker]


def test_a_name_in_a_complement_is_not_the_head() -> None:
    """Counter-case: "spokesman for President Barack Obama" after a comma names someone else."""
    text = "Josh Earnest, spokesman for President Barack Obama, said the deal was a good one."
    assert speakers(text, "en") == ["Josh Earnest"]


def test_a_quoted_nickname_belongs_to_the_name() -> None:
    text = "County Road Manager Clarence “Curly” Jones said the county sends a worker each week."
    assert speakers(text, "en") == ["Clarence “Curly” Jones"]


def test_the_agency_is_the_body_whose_name_holds_the_word() -> None:
    text = (
        "An official told The Associated Press that talks were under way. "
        "Turkey's Anadolu Agency said that the two sides had reached an agreement. "
        "Rebels would be kept out of the deal, the agency said."
    )
    assert speakers(text, "en")[-1] == "Turkey's Anadolu Agency"


def test_the_agency_with_no_such_name_is_still_the_last_outlet() -> None:
    """Counter-case: with no body named "… Agency", "the agency" is the outlet met before."""
    text = (
        "An official told The Associated Press that talks were under way. "
        "Rebels would be kept out of the deal, the agency said."
    )
    assert speakers(text, "en")[-1] == "Associated Press"


def test_the_owner_of_a_document_speaks_for_it() -> None:
    text = (
        "Google said the ruling was wrong. "
        "Google's filing said the judge had erred on the facts of the case."
    )
    assert speakers(text, "en") == ["Google", "Google"]


def test_a_body_named_before_its_report_speaks_for_it_and_for_the_report_later() -> None:
    text = (
        "According to a Polk County Sheriff’s Office report, deputies were called to the house "
        "at dawn. The victim, a 61-year-old woman, reported that she was beaten by her husband. "
        "The operator could hear the man beating the victim, the report stated."
    )
    assert speakers(text, "en") == [
        "Polk County Sheriff’s Office",
        "a 61-year-old woman",
        "Polk County Sheriff’s Office",
    ]


def test_the_report_is_the_outlet_that_reported() -> None:
    text = (
        "Reuters reported that the plaintiffs will appeal the ruling. A judge ruled last year "
        "that the firm is a monopoly, according to the report."
    )  # the judge's ruling is nested in what the report relays, as "said" would be
    assert speakers(text, "en") == ["Reuters", "A judge", "Reuters"]


def test_a_report_with_no_name_before_it_names_no_owner() -> None:
    """Counter-case: "the annual report" has no owner in its words."""
    analysis = analyze("The annual report said that sales fell by a tenth last year.", "en")
    [found] = analysis.attributions
    assert found.speaker == "The annual report"


def test_a_possessive_is_no_part_of_the_name() -> None:
    text = "Donald Trump’s spokeswoman said the bill would pass. He said that it would pass."
    assert speakers(text, "en") == ["Donald Trump", "Donald Trump"]


def test_a_name_ending_in_s_keeps_it() -> None:
    """Counter-case: only an apostrophe and s make a possessive ("James Jones")."""
    assert speakers("James Jones said that the bill would pass.", "en") == ["James Jones"]
