"""An English group noun opening the speaker with its capital ("Campaigners", "Residents")
takes a plural verb: teacher59 read "Campaigners claims that…" in a drafted question. The
head's capital had kept it out of the plural heads, which guards names ending in -s
("Reuters", "Hastings"); a group noun the lexicon lists as vague is no name."""

from __future__ import annotations

import pytest

from quizapp.draft.drafting.wording.speaker_openings import takes_plural


@pytest.mark.parametrize("speaker", ["Campaigners", "Residents", "Local residents", "Parents"])
def test_a_capitalised_group_noun_takes_the_plural(speaker: str) -> None:
    assert takes_plural(speaker, "en") is True


@pytest.mark.parametrize("speaker", ["Reuters", "Hastings", "Thomas Hughes", "Sky News"])
def test_counter_a_name_ending_in_s_stays_singular(speaker: str) -> None:
    assert takes_plural(speaker, "en") is False
