"""A name and its apposition before an English verb (made-up sentences, english9 pass): the
name speaks, whatever the apposition looks like: a noun with a relative clause ("the
councillor who proposed the rules"), a possessive ("Acme's housing chief"), a capitalised
office with no article ("Labour group leader"), and after a connective opening the sentence
("But", "And"); people "from / of / at" a named body set off by an apposition are the
subject with that body. Counter-cases: a setting before the subject, a place set off by
commas, a clause before a final cue."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from tests.draft.readings import said


def _speakers_and_labels(text: str) -> list[tuple[str, str]]:
    return [(a.speaker, a.label) for a in analyze(text, "en").attributions]


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Roe, the councillor who proposed the rules, said rents will rise.",
        "Jane Roe, a councillor who drafted the motion, has said rents will rise.",
        "Jane Roe, the councillor and long-time activist who proposed it, says rents will rise.",
        "But Jane Roe, the new councillor, said rents will rise.",
        "And Jane Roe, a councillor, warned that rents will rise.",
        "Yet Roe, the councillor who proposed the rules, argued rents will rise.",
        "Jane Roe, Acme's housing chief, said rents will rise.",
        "Jane Roe, the county's housing chief, claimed that rents will rise.",
        "Jane Roe, Labour group leader, said rents will rise.",
        "Coun Jane Roe, Conservative group leader, criticised the rent rise.",
        "Jane Roe, Acme's senior vice president for quality, stated that rents will rise.",
    ],
)
def test_the_name_before_its_apposition_speaks(sentence: str) -> None:
    [(speaker, label)] = _speakers_and_labels(sentence)
    assert speaker.endswith("Roe") and label == "named"


def test_a_relative_in_the_apposition_makes_no_clause_before_the_cue() -> None:
    text = "Jane Roe, the councillor who proposed the rules, said rents will rise in May."
    [(content, source)] = said(text)
    assert content == "rents will rise in May" and source.startswith("Jane Roe")


def test_people_of_a_named_body_set_off_by_an_apposition() -> None:
    for opening in ("Additionally, representatives", "Representatives", "Engineers"):
        text = f"{opening} from Acme Corp, a supplier for the port, said costs rose in May."
        [(content, source)] = said(text)
        assert content == "costs rose in May" and source.endswith("s from Acme Corp")


def test_a_setting_after_a_connective_is_no_content() -> None:
    assert said("But in Paris, the mayor said rents will rise.") == [
        ("rents will rise", "the mayor")
    ]
    assert said("But on Monday the mayor said rents will rise.") == [
        ("rents will rise", "the mayor")
    ]


def test_a_month_after_a_connective_is_no_part_of_the_subject() -> None:
    text = "Rules changed, and in March Ferrand said they needed a rethink of the rules."
    assert said(text) == [("they needed a rethink of the rules", "Ferrand")]


def test_counter_a_preposition_before_a_name_and_apposition_is_a_setting() -> None:
    text = "After talks with Acme Corp, the largest employer in town, officials said jobs will go."
    assert said(text) == [("jobs will go", "officials")]


def test_counter_a_place_and_its_apposition_before_officials() -> None:
    text = "In Springfield, Acme's home town, officials said jobs will go."
    assert said(text) == [("jobs will go", "officials")]


def test_counter_a_bare_setting_after_but_keeps_the_earlier_subject() -> None:
    text = "The council approved the plan, but in a statement said rents will rise."
    assert said(text) == [("rents will rise", "The council")]


@pytest.mark.parametrize("apposition", ["Acme's head of housing", "Labour group leader"])
def test_a_relative_after_the_apposition_goes_back_to_the_name(apposition: str) -> None:
    text = f"Jane Roe, {apposition}, who has followed the case, said that rents will rise in May."
    [(speaker, label)] = _speakers_and_labels(text)
    assert (speaker, label) == ("Jane Roe", "named")


def test_counter_a_name_alone_before_who_is_the_antecedent() -> None:
    text = "Dr Emily Carter, who has followed the case, said that rents will rise in May."
    assert said(text) == [("rents will rise in May", "Dr Emily Carter")]


@pytest.mark.parametrize("opening", ["But", "And", "Yet"])
def test_a_connective_before_a_plural_head_and_its_complement(opening: str) -> None:
    text = f"{opening} critics of the plan say that rents will rise in May."
    assert said(text) == [("rents will rise in May", "critics of the plan")]


def test_counter_a_plural_head_inside_an_object_says_nothing() -> None:
    assert said("He had heard residents of the area complain that rents will rise.") == []
