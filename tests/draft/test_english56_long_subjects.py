"""english56: a plural base form ("say", "claim") after a subject that a complement, a
participle, a relative clause or an aside lengthens reports what that subject said; a plural
noun before a participle heads its phrase (a vague group, not one described person); "stated"
and "denies" report a clause with no "that". Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import finding_holding, said, speaker_label


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Engineers working on the new bridge say the deck will be finished in spring.",
            "the deck will be finished in spring",
            "Engineers working on the new bridge",
        ),
        (
            "Traders in the lower part of the market square say that footfall has halved.",
            "footfall has halved",
            "Traders in the lower part of the market square",
        ),
        (
            "Parents who collect their children from the gate claim the crossing is unsafe.",
            "the crossing is unsafe",
            "Parents",
        ),
        (
            "Westbury Council, whose officers inspected the flats, say the repairs are overdue.",
            "the repairs are overdue",
            "Westbury Council",
        ),
    ],
)
def test_a_long_plural_subject_before_its_base_form(text: str, content: str, speaker: str) -> None:
    found = finding_holding(text + "\n", content, "en")
    assert found.speaker == speaker, found.speaker


def test_a_dashed_aside_before_the_base_form() -> None:
    """The cue is read past the aside; who speaks is still read from the words before the
    verb (the aside's own noun: left, english56's section in docs/drafting.md)."""
    text = "Tenants living above the old bakery – closed since the fire – say the damp is worse.\n"
    assert finding_holding(text, "the damp is worse", "en")


def test_a_plural_object_before_a_base_form_is_no_subject() -> None:
    """Guard: "heard residents of the estate say": the clause's verb stands before the plural
    noun, so the base form is that verb's object's, as before (nothing reported)."""
    assert said("He heard residents of the estate say the road was shut.\n", "en") == []


def test_a_plural_before_a_participle_heads_a_vague_group() -> None:
    text = "Residents living near the depot said the lorries start at dawn.\n"
    assert speaker_label(text, "en") == [("Residents living near the depot", "vague")]


def test_an_owner_before_a_participle_keeps_its_reading() -> None:
    """Guard: "the authority's ruling group": a possessive is no plural head."""
    text = "The authority's ruling group said the budget was balanced.\n"
    assert [label for _, label in speaker_label(text, "en")] != ["vague"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "In its annual report, the trust stated it had treated 4,000 patients.",
            "it had treated 4,000 patients",
        ),
        ("The landlord denies there is any damp in the flats.", "there is any damp in the flats"),
    ],
)
def test_stated_and_denies_report_a_clause_with_no_that(text: str, content: str) -> None:
    assert finding_holding(text + "\n", content, "en")


@pytest.mark.parametrize(
    "text",
    [
        "The officer denies a charge of careless driving.",
        "Fifteen states already ban the pills.",
    ],
)
def test_a_noun_phrase_or_a_noun_is_no_clause(text: str) -> None:
    """Guards: "denies a charge" reports no clause; "states" stays a noun."""
    assert said(text + "\n", "en") == []
