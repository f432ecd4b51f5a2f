"""mend34a: the wish cue (english34) read plain seeing, free relatives, relatives, poll shares,
things, passives, conditions and a generic "you" as demands. Made-up sentences: each shape
that is no demand reports nothing; a demand beside them still reports."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_cue_label, speaker_label


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of hikers want to see the falls each spring.",
        "Ann Voss wanted to see her brother before he left.",
        "Police want to see the film from the shop.",
        "Ann Voss would like to see you at the depot.",
        "Ann Voss wanted to see how the board would answer.",
        "Ann Voss wanted to see whether the board would answer.",
    ],
)
def test_seeing_a_thing_or_a_person_is_no_wish_to_see_it_done(text: str) -> None:
    assert content_cue_label(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "What Ann Voss wants the board to do is unclear.",
        "What walkers want the board to do is mend the stile.",
    ],
)
def test_a_free_relative_before_want_makes_no_request(text: str) -> None:
    assert content_cue_label(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Clubs that want the board to mend the stile met on Friday.",
        "Unions which want the board to mend the stile met on Friday.",
        "Walkers, many of whom want the board to mend the stile, met on Friday.",
    ],
)
def test_want_in_a_subject_relative_makes_no_request(text: str) -> None:
    assert content_cue_label(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Two-thirds of those polled want the board to mend the stile by May.",
        "A majority of riders want the board to mend the stile.",
        "More than half of riders want the board to mend the stile.",
    ],
)
def test_a_share_of_those_polled_makes_no_request(text: str) -> None:
    assert content_cue_label(text) == []


def test_a_figure_earlier_in_the_sentence_is_no_share() -> None:
    text = "Fares rose 5% and Ann Voss wants the board to freeze them."
    assert [c for c, _, _ in content_cue_label(text)] == ["the board to freeze them"]
    assert speaker_label(text, "en") == [("Ann Voss", "named")]


@pytest.mark.parametrize(
    "text",
    [
        "The trust wants the changes to take effect in May.",
        "The builder wants the approval to put up ten homes on the field.",
        "The trust wants the money to go to the wards.",
        "Ann Voss wants it to be a fair vote.",
    ],
)
def test_a_thing_wanted_to_happen_is_no_one_asked(text: str) -> None:
    assert content_cue_label(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The man wanted by police to answer questions about the blaze was held on Friday.",
        "If you want your dog to behave in the park, train it every day.",
        "When residents want the board to act, the board meets at the hall.",
    ],
)
def test_a_passive_a_condition_or_a_generic_you_makes_no_request(text: str) -> None:
    assert content_cue_label(text) == []
