"""english34: a wish as a demand. "X wants Y to act" and "X would like to see Y done" report
what X asks for, as "X urged Y to act" does; not when Y cannot act, when the wish is
negated or tells who the people are, when a share of those polled wants, or when no object
follows "to see". Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_cue_label, speaker_label


@pytest.mark.parametrize(
    ("text", "content", "speaker", "label"),
    [
        (
            "Ann Voss wants the trust to open the ward again by spring.",
            "the trust to open the ward again by spring",
            "Ann Voss",
            "named",
        ),
        (
            "Shopkeepers want the county to repaint the crossing outside the bakery.",
            "the county to repaint the crossing outside the bakery",
            "Shopkeepers",
            "vague",
        ),
        (
            "Parents would like to see a lollipop patrol posted at the gate.",
            "a lollipop patrol posted at the gate",
            "Parents",
            "vague",
        ),
        (
            "Cllr Rob Tenby wanted to see the hedges along the lane kept.",
            "the hedges along the lane kept",
            "Cllr Rob Tenby",
            "named",
        ),
    ],
)
def test_a_wish_reports_its_object(text: str, content: str, speaker: str, label: str) -> None:
    found = content_cue_label(text)
    assert [c for c, _, _ in found] == [content]
    assert speaker_label(text, "en") == [(speaker, label)]


@pytest.mark.parametrize(
    "text",
    [
        "The trust wants changes to take effect in May.",
        "The builder wants approval to put up ten homes on the field.",
        "Walkers who do not want the path to be closed met on Sunday.",
        "Nearly a third (31%) of those surveyed want the board to cut fares.",
        "The plan shows which shops they want to see in the square.",
    ],
)
def test_a_wish_that_is_no_demand_reports_nothing(text: str) -> None:
    assert content_cue_label(text) == []
