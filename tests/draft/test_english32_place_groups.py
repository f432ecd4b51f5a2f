"""A group of people whose capitals only say where they live or which body they are at
("Angry Ashby residents", "Harbour House officials", "Those living in Mill Close") is the
speaker as a whole, vague: the place or body is no name of its own. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_label


@pytest.mark.parametrize(
    "group",
    [
        "Angry Ashby residents",
        "Harbour House officials",
        "Mill Farm Estate tenants",
        "Church leaders on the Long Isle",
        "Those living in Mill Close",
        "Householders living on Kent Street in Ashby",
        "The villagers of Upper Wenford",
    ],
)
def test_a_group_tied_to_a_place_is_vague(group: str) -> None:
    text = f"The plan was approved on Monday. {group} said the decision was unfair."
    assert speaker_label(text, "en") == [(group, "vague")]


@pytest.mark.parametrize(
    ("source", "speaker", "label"),
    [
        ("Two Harbour House officials", "Two Harbour House officials", "anonymous"),
        ("Harbour Bank analysts", "Harbour Bank", "named"),
        ("Representatives from Acme Foods", "Acme Foods", "named"),
        (
            "A letter sent to residents of Mill Close",
            "A letter sent to residents of Mill Close",
            "anonymous",
        ),
    ],
)
def test_counted_agents_and_documents_keep_their_reading(
    source: str, speaker: str, label: str
) -> None:
    """Counter-cases: a counted few stay anonymous, analysts and representatives speak for
    the body they work for, and a document sent to a group is no group."""
    text = f"The plan was approved on Monday. {source} said the decision was unfair."
    assert speaker_label(text, "en") == [(speaker, label)]


def test_an_elided_capital_in_the_place_is_one_word() -> None:
    """ "D'Arcy" is split as the folded words are ("d' arcy"), by the labels' own reader of
    written words (review32: english_groups had a copy of it that did not split a capital
    D', so the words did not line up and the place was taken for a name)."""
    text = "Angry D'Arcy Close residents said the road was unsafe."
    assert speaker_label(text, "en") == [("Angry D'Arcy Close residents", "vague")]
