"""English cues in the present and in subordinate clauses (made-up sentences): a verb of
saying after what is said inverts in the present as in the past (", explains the paper", ",
adds the mayor"), also after an opening subject in -ing that has its own verb ("Still,
farming has been…, explains X"), but not after a participle aside (", speaking on condition
of anonymity,"); "as X claim that…" reports the that-clause, not the clause before "as",
and "as" is no part of the speaker; "hit back at claims that…", "announced plans to…",
"recounted the moments…", "testified about…" report their object; a clause joined by ", and"
after a final cue and its source is a second statement of that source, narration is not."""

from __future__ import annotations

import pytest

from tests.draft.readings import said


@pytest.mark.parametrize("verb", ["explains", "explained", "adds", "notes", "writes"])
def test_an_inverted_cue_in_any_tense_reports_the_clause_before(verb: str) -> None:
    text = f"Still, farming has long been a proud trade in the valley, {verb} the Gazette."
    assert said(text) == [
        ("Still, farming has long been a proud trade in the valley", "the Gazette")
    ]


def test_a_participle_aside_before_the_verb_stays_the_subjects() -> None:
    found = said("Officials, speaking on condition of anonymity, said the talks would go on.")
    assert found == [("the talks would go on", "Officials")]


def test_an_as_clause_with_its_own_that_reports_that_clause() -> None:
    text = (
        "The board plans to survey the staff about the night shifts, as nurses claim that "
        "their breaks are often cut short."
    )
    assert said(text) == [("their breaks are often cut short", "nurses")]


def test_an_as_clause_without_that_reports_the_clause_around_it() -> None:
    found = said("The bridge was never safe, as the engineers said.")
    assert found == [("The bridge was never safe", "the engineers")]


@pytest.mark.parametrize(
    ("sentence", "content", "source"),
    [
        (
            "Dutch officials hit back at claims that the deal had been signed in secret.",
            "claims that the deal had been signed in secret",
            "Dutch officials",
        ),
        (
            "Brightmoor has announced plans to rebuild the old depot by next spring.",
            "plans to rebuild the old depot by next spring",
            "Brightmoor",
        ),
        (
            "The pilot recounted the last minutes before the landing.",
            "the last minutes before the landing",
            "The pilot",
        ),
        (
            "Two engineers testified about the cracks in the east wing.",
            "the cracks in the east wing",
            "Two engineers",
        ),
    ],
)
def test_a_verb_of_telling_reports_its_object(sentence: str, content: str, source: str) -> None:
    assert (content, source) in said(sentence)


def test_a_verb_of_telling_with_a_short_object_reports_nothing() -> None:
    assert said("The club announced on Monday.") == []


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        (
            "The leak began in March, the bank said, and most of the files were sold online.",
            "most of the files were sold online",
        ),
        (
            "Ferries have long been a lifeline for the islands, writes the Gazette, and "
            "islanders “see them as a road”.",
            "islanders “see them as a road”",
        ),
    ],
)
def test_a_clause_joined_after_a_final_cue_is_a_second_statement(
    sentence: str, second: str
) -> None:
    found = said(sentence)
    assert len(found) == 2 and found[1][0] == second and found[0][1] == found[1][1]


def test_narration_joined_after_a_final_cue_is_no_statement() -> None:
    assert len(said("The plan is dead, the mayor said, and then she left the room.")) == 1
