"""English reported clauses with no "that" (made-up sentences): a verb of announcing,
revealing or finding reports an object that reads as a clause ("announced it was…",
"indicated there was…") but not a noun phrase ("announced a merger"); a body's name or a
collective noun takes a plural "say" ("the council say…"); a statement reported inside
another keeps its own speaker ("The coastguard said harbour staff reported…"); a thousands
comma ("1,500") ends no reported clause; "that" before a finite verb or a time noun opens
none ("plans that would…", "sold that day"); "the captain" takes up no group; a state of
mind reports a clause with no "that" after a noun subject ("Parents are concerned the school
will close"); "advises" is a verb of saying."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from tests.draft.readings import said


@pytest.mark.parametrize(
    ("sentence", "content", "source"),
    [
        (
            "On Tuesday, Brightmoor announced it was closing two of its depots.",
            "it was closing two of its depots",
            "Brightmoor",
        ),
        (
            "A passenger indicated there was a loud bang before the train stopped.",
            "there was a loud bang before the train stopped",
            "A passenger",
        ),
        (
            "Inspectors found the kitchen had not been cleaned for weeks.",
            "the kitchen had not been cleaned for weeks",
            "Inspectors",
        ),
        (
            "The landlord revealed the rents would rise again in spring.",
            "the rents would rise again in spring",
            "The landlord",
        ),
    ],
)
def test_a_clause_without_that_is_reported(sentence: str, content: str, source: str) -> None:
    assert (content, source) in said(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Brightmoor announced a merger with its rival on Monday.",
        "Walkers found the wallet near the bridge.",
        "The club revealed plans that would double the size of the stand.",
    ],
)
def test_a_noun_phrase_object_is_not_a_clause(sentence: str) -> None:
    assert not any(
        content.startswith(("a merger", "the", "would")) for content, _ in said(sentence)
    )


def test_that_before_a_time_noun_opens_no_clause() -> None:
    [(content, _source)] = said("Staff reported 300 tickets were sold that day.")
    assert content == "300 tickets were sold that day"


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The Institute for Coastal Studies say the dunes are shrinking.", "The Institute"),
        ("Harbour Rail say services will be reduced on Sunday.", "Harbour Rail"),
        ("The council say the bridge will reopen next month.", "The council"),
        ("Police believe the van was stolen overnight.", "Police"),
    ],
)
def test_a_body_takes_a_plural_verb_of_saying(sentence: str, source: str) -> None:
    [(_content, written)] = said(sentence)
    assert written.startswith(source)


def test_a_plain_say_after_a_singular_noun_is_no_cue() -> None:
    assert said("The film's title is a way to say the town is proud of its river.") == []


def test_a_statement_reported_inside_another_keeps_its_own_speaker() -> None:
    found = said("The coastguard said harbour staff reported 300 tickets were sold that day.")
    assert ("harbour staff reported 300 tickets were sold that day", "The coastguard") in found
    assert ("300 tickets were sold that day", "harbour staff") in found


def test_the_same_speaker_going_on_is_not_nested_twice() -> None:
    """ "said X but added Y": two statements side by side (test_english_added), none inside
    the other."""
    found = said("The firm said the fault was minor but added the review was still going on.")
    assert found == [
        ("the fault was minor", "The firm"),
        ("the review was still going on", "The firm"),
    ]


def test_a_thousands_comma_ends_no_reported_clause() -> None:
    [(content, _source)] = said("The agency says more than 1,000 homes have been confirmed dry.")
    assert content == "more than 1,000 homes have been confirmed dry"


def test_a_single_person_description_takes_up_no_group() -> None:
    text = (
        "The ferry's owner, Marta Quist, spoke first. Dock workers said 300 tickets were sold. "
        "But the owner said nearly 500 people were on board."
    )
    analysis = analyze(text, "en")
    last = analysis.attributions[-1]
    assert last.label == "named" and last.speaker == "Marta Quist"


@pytest.mark.parametrize(
    ("sentence", "content", "source"),
    [
        (
            "Walkers are worried the council is closing the coast path.",
            "the council is closing the coast path",
            "Walkers",
        ),
        ("Parents are concerned the school will close.", "the school will close", "Parents"),
    ],
)
def test_a_state_of_mind_reports_a_clause_without_that(
    sentence: str, content: str, source: str
) -> None:
    assert said(sentence) == [(content, source)]


def test_a_state_of_mind_before_a_noun_phrase_reports_nothing() -> None:
    assert said("Walkers are worried about the coast path.") == []


def test_a_state_of_mind_after_a_pronoun_goes_on_with_the_statement() -> None:
    text = "The warden said the bins were moved and she is concerned they will attract gulls."
    [(content, source)] = said(text)
    assert source == "The warden" and content.endswith("they will attract gulls")


def test_advice_after_what_is_advised_is_a_final_cue() -> None:
    text = "Drivers should allow extra time for journeys on Sunday, the motoring club advises."
    found = said(text)
    assert found == [
        ("Drivers should allow extra time for journeys on Sunday", "the motoring club")
    ]
