"""English cues that close a long sentence (made-up sentences, english9 pass): a narration
ending on a partial quotation before ", X wrote" is all X's (mixed); a list cut by commas
before ", a source said" is still what the source says; a final ", a source said" reports
the whole sentence even when a verb of its own opens it. Counter-cases: a quotation opening
the sentence, or set off after a setting and a comma, is the quotation alone; a name and its
apposition before the verb are no list."""

from __future__ import annotations

import pytest

from tests.draft.readings import said


@pytest.mark.parametrize(
    "cue",
    ["the head wrote in a letter", "Superintendent Jo Li wrote", "she said", "officials said"],
)
def test_a_narration_ending_on_a_partial_quotation(cue: str) -> None:
    text = f"Librarians began pulling books that contain “obscene or vulgar material,” {cue}."
    [(content, _source)] = said(text)
    assert content.startswith("Librarians began pulling books that contain")


def test_counter_a_quotation_opening_the_sentence_is_alone() -> None:
    text = "“We are sorry for the long delay,” the company said."
    assert said(text) == [("We are sorry for the long delay,", "the company")]


def test_counter_a_quotation_after_a_setting_and_a_comma_is_alone() -> None:
    text = "In a statement released on Monday, “we are sorry for the long delay,” the firm said."
    [(content, source)] = said(text)
    assert content.startswith("we are sorry") and source == "the firm"


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister wants talks on pensions, holidays and rosters, a Whitehall source said.",
        "The board will cut pay, hours or jobs, an aide has said.",
        "The ferry, the bus and the train will stop, an aide said.",
    ],
)
def test_a_list_cut_by_commas_before_a_final_cue(sentence: str) -> None:
    [(content, source)] = said(sentence)
    assert sentence.startswith(content) and source.startswith(("a ", "an "))


def test_counter_a_name_and_its_apposition_are_no_list() -> None:
    text = "Jane Doe, chair of the board and a former mayor, said the crossing was safe."
    assert said(text) == [
        ("the crossing was safe", "Jane Doe, chair of the board and a former mayor")
    ]


def test_a_final_cue_reports_a_sentence_opened_by_another_verb() -> None:
    text = (
        "He wrote to the union urging them to come back to the table for talks on pay, "
        "a Whitehall source said."
    )
    [(content, source)] = said(text)
    assert content.startswith("He wrote to the union") and source == "a Whitehall source"


def test_counter_a_cue_going_on_after_its_subject_is_no_final_cue() -> None:
    found = said("The minister said that talks would resume, a Whitehall source said.")
    assert ("talks would resume", "The minister") in found


def test_a_clause_with_its_own_cue_is_no_closing_subject() -> None:
    """ "In a post on Friday, Ford said the premiers agreed…": the words before "agreed" are
    a clause with its own verb of saying, not the subject of a cue closing "In a post…"."""
    found = said("In a post on Friday evening, Ford said the premiers agreed on the need to act.")
    assert found == [("the premiers agreed on the need to act", "Ford")]


def test_a_relative_s_verb_of_saying_stays_in_the_subject() -> None:
    """Counter-case: "a man who said he was a trader" is a subject with its relative."""
    found = said("Prices will rise, a man who said he was a trader told reporters.")
    assert found == [("Prices will rise", "a man who said he was a trader")]
