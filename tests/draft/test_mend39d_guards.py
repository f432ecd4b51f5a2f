"""mend39d: the claims round 39's tests made without testing them (review39 item 15). These
are guards: they pass on the code before the commits too, and keep a later change from
breaking what the commits' docstrings promise. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_label

_TEXT = (
    "Bypass plan criticised\n\n"
    "Cllr Mary Hogan said the new road would cut the village in two.\n\n"
    "Shop owner Tom Walsh said trade had already fallen since the works began.\n\n"
    "However, the {noun}, who lives in the village, admitted the road was needed.\n\n"
    '"We have waited for years for this," she said.\n'
)


@pytest.mark.parametrize("noun", ["leader of the group", "mayor", "council leader"])
def test_a_seat_keeps_no_holder_from_another_office(noun: str) -> None:
    """english39 (titles/met._office_in_name): the councillor's seat written in her name
    gives her no other office, so « the mayor » later is not Mary Hogan."""
    speakers = [s for s, _ in speaker_label(_TEXT.format(noun=noun), "en")]
    assert len(speakers) == 4
    assert not any(s.endswith("Mary Hogan") for s in speakers[2:]), speakers
