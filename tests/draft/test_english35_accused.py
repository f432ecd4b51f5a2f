"""english35: an accusation in the passive with nobody named ("has been accused of …")
reports its charge in an impersonal voice: no speaker, vague. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_cue_label, speaker_label


@pytest.mark.parametrize(
    ("text", "charge"),
    [
        (
            "The ferry firm has been accused of raising fares without warning.",
            "raising fares without warning",
        ),
        (
            "The mayor was accused of ignoring the petition, but he denied it.",
            "ignoring the petition",
        ),
        (
            "The trustees were accused of hiding the accounts, selling the land, and misleading "
            "donors.",
            "hiding the accounts, selling the land, and misleading donors",
        ),
    ],
)
def test_agentless_accusation_reports_its_charge(text: str, charge: str) -> None:
    assert [(c, label) for c, _, label in content_cue_label(text)] == [(charge, "vague")]
    assert speaker_label(text, "en") == [("", "vague")]


def test_a_suspicion_is_no_accusation() -> None:
    assert content_cue_label("The driver was suspected of speeding on the bypass.") == []
