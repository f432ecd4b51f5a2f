"""english39: a lede closing on its source and a verb in the present perfect ("…, a local
councillor has said.") has that description as its own subject, as "…, a councillor
said." has: the one named next with its noun is the speaker. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_label

_TEXT = (
    "Village hall to stay open\n\n"
    "The village hall should stay open for another year, a local councillor {verb}.\n\n"
    "The hall was built in 1950 and needs a new roof.\n\n"
    "Councillor Anne Byrne said the building was safe for now.\n"
)


@pytest.mark.parametrize("verb", ["has said", "has warned", "said"])
def test_the_lede_description_is_named_next(verb: str) -> None:
    speakers = [s for s, _ in speaker_label(_TEXT.format(verb=verb), "en")]
    assert speakers and all(s.endswith("Anne Byrne") for s in speakers), speakers
