"""Mended after review (mend31b, item 4), made-up texts: a standfirst that ends on a closing
quote mark ("Kent chief constable says force is 'in a storm'") is still a standfirst: the mark
is no stop, the character before it is (speakers/lede._lede_index)."""

from __future__ import annotations

import pytest

from tests.draft.readings import finding_holding

_HEADLINE = "Police chief warns of funding gap"
_LEDE = 'A chief constable has warned that more cuts are pushing his force to a "cliff edge".'
_NAMING = "The warning from Kent's chief constable, Tom Baker, came after staff spoke out."
_SPOKEN = '"We are in the middle of a perfect storm," said Baker.'


@pytest.mark.parametrize(
    "standfirst",
    [
        "Kent chief constable says force is 'in a storm'",
        "Kent chief constable says force is ‘in a storm’",
        'Kent chief constable says force is "in a storm"',
        "Kent chief constable says force is “in a storm”",
    ],
)
def test_a_standfirst_ending_on_a_quote_mark_is_no_lede(standfirst: str) -> None:
    text = f"{_HEADLINE}\n\n{standfirst}\n\n{_LEDE}\n\n{_NAMING}\n\n{_SPOKEN}\n"
    assert finding_holding(text, "more cuts", "en").speaker == "Tom Baker"
