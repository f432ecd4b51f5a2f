"""A quotation opened after a colon that runs over paragraphs and closes on its own cue ('She
went on: "A.¶"B," she added.') was held by two findings, the colon's and the final cue's, so
each paragraph came out twice. One finding per content span now, the one with its cue.
Made-up sentences."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

_TWO_PARAGRAPHS = [
    "Jane Smith sits on the council.\n\nShe continued: “The plan would leave gaps across the "
    "county.\n\n“In the west there is only one bus. We used to have trains,” she added.",
    'Tom Hale is a parent.\n\nHe said: "The closure will hurt every family here.\n\n"We '
    'chose this school for a reason, and that reason is gone," he said.',
    "Ann Lee spoke at the meeting.\n\nShe went on: “Nobody asked the residents first.\n\n"
    "“The decision was taken in a back room. We will fight it,” she told the meeting.",
]


@pytest.mark.parametrize("text", _TWO_PARAGRAPHS)
def test_each_paragraph_is_found_once(text: str) -> None:
    found = analyze(text, "en").attributions
    spans = [a.content for a in found]
    assert len(spans) == len(set(spans)) == 2
    assert all(a.cue is not None for a in found)


def test_a_paragraph_with_no_cue_of_its_own_is_kept() -> None:
    """Counter-case: a quotation over two paragraphs with one cue still gives both."""
    text = (
        "Jane Smith sits on the council.\n\nShe said: “The plan would leave gaps across the "
        "county.\n\n“In the west there is only one bus. We used to have trains.”\n\nThe "
        "council did not reply."
    )
    found = analyze(text, "en").attributions
    assert len({a.content for a in found}) == len(found) == 2
    assert [a.cue is None for a in found] == [False, True]
