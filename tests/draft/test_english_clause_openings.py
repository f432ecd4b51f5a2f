"""What opens the clause a verb reports with no "that" (made-up sentences): a subject pronoun
with its contraction ("she’d veto", "it's closing", "they'll") reads as a clause after
"announced" as after "said"; "last week", "this month", "next year" between the verb and the
clause are time, not words said; a name in capitals ending in -ed ("United Steelworkers") in
the apposition of the subject is no verb, so the subject and its apposition are not taken for
a clause a later cue reports. A noun phrase after "announced" is no clause."""

from __future__ import annotations

import pytest

from tests.draft.readings import said, speakers


@pytest.mark.parametrize("verb", ["announced", "said", "has announced", "revealed"])
@pytest.mark.parametrize(
    "clause",
    [
        "she’d veto all bills",
        "she'd veto all bills",
        "it's closing the plant",
        "they'll close the plant",
    ],
)
def test_a_contracted_pronoun_opens_a_clause(verb: str, clause: str) -> None:
    assert said(f"The governor {verb} {clause}.") == [(clause, "The governor")]


@pytest.mark.parametrize("time", ["last week", "this month", "next year", "last spring"])
@pytest.mark.parametrize("verb", ["said", "announced", "warned"])
def test_a_time_after_the_verb_is_no_part_of_the_clause(time: str, verb: str) -> None:
    text = f"The governor {verb} {time} she would veto all bills."
    assert said(text) == [("she would veto all bills", "The governor")]


@pytest.mark.parametrize(
    "apposition",
    ["a United Steelworkers union representative", "a Red Cross volunteer", "an Allied Bank clerk"],
)
def test_a_capitalised_word_in_ed_in_an_apposition_is_no_verb(apposition: str) -> None:
    text = f"Jose Arroyo, {apposition}, said Bway Corp., which bought the plant, cut the jobs."
    assert [content for content, _source in said(text)] == [
        "Bway Corp., which bought the plant, cut the jobs"
    ]
    assert speakers(text, "en") == ["Jose Arroyo"]


def test_a_noun_phrase_after_announced_is_no_clause() -> None:
    assert said("The firm announced the union's new deal.") == []
