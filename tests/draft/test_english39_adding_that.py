"""english39: after an inverted verb, the subject ends before a present participle and its
"that" written with no comma ("said Mr Reid adding that …"): the participle opens a clause
of the speaker's own, never a part of the name. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_label


@pytest.mark.parametrize("participle", ["adding", "insisting", "claiming"])
def test_the_participle_ends_the_inverted_subject(participle: str) -> None:
    text = (
        '"The town is left out of the name," said Mr Reid '
        f"{participle} that it was an insult to the people of the town."
    )
    speakers = [s for s, _ in speaker_label(text, "en")]
    assert speakers and all(s == "Mr Reid" for s in speakers), speakers
