"""mend39b: an inverted subject ends before a present participle and its "that" only when
the participle is a reporting verb's ("said Mr X adding that …", english39), never before
any noun in -ing ("the party's left wing that …", "the ruling that …", "housing that …").
Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_label


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"The deal is dead," said the leader of the party\'s left wing that backed the strike.',
            "the leader of the party's left wing",
        ),
        (
            '"We will appeal," said a lawyer for the ruling that the judge gave in June.',
            "a lawyer for the ruling",
        ),
    ],
)
def test_a_noun_in_ing_does_not_end_the_subject(text: str, speaker: str) -> None:
    speakers = [s for s, _ in speaker_label(text, "en")]
    assert speakers and speakers[0].startswith(speaker), speakers


def test_a_reporting_participle_still_ends_it() -> None:
    text = '"It is a lie," said Mr Byrne insisting that he would sue.'
    assert next(s for s, _ in speaker_label(text, "en")) == "Mr Byrne"
